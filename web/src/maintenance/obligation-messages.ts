import type { Schemas } from '../common/api/client';

type OccurrenceStatus = Schemas['OccurrenceView']['status'];
type InspectionResult = NonNullable<Schemas['CompleteOccurrenceDto']['result']>;

/** zh-TW words of the statutory obligations register (法定定期維護). */
export const obligationText = {
  nav: '法定定期維護',
  title: '法定定期維護',
  listView: '清單',
  calendarView: '月曆',
  status: '狀態',
  any: '全部',
  statuses: { upcoming: '未到期', open: '辦理中', overdue: '逾期', completed: '已完成' } satisfies Record<
    OccurrenceStatus,
    string
  >,
  dueDate: '到期日',
  empty: '沒有符合條件的應辦期限。',
  monthEmpty: '這個月沒有到期的工作。',
  workOrder: '工單',
  certificate: '證明文件',
  completedOn: '完成日',
  previousMonth: '上個月',
  nextMonth: '下個月',
  month: (rocYear: number, month: number) => `${rocYear}年${month}月`,
  weekdays: ['日', '一', '二', '三', '四', '五', '六'],
  complete: '上傳證明並完成',
  completeTitle: (title: string) => `完成：${title}`,
  certificateFile: '檢查證明或報告（PDF 或照片）',
  chooseFile: '選擇檔案',
  certificateRequired: '請上傳本次的證明或報告。',
  completedOnRequired: '請選擇完成日。',
  result: '檢查結果',
  results: { passed: '合格', failed: '不合格' } satisfies Record<InspectionResult, string>,
  resultRequired: '請選擇檢查結果。',
  failedItems: '缺失項目（一行一項，每項自動開立改善維修案件）',
  failedItemsRequired: '不合格時請列出缺失項目。',
  note: '備註',
  completed: (tickets: number) => (tickets ? `已完成，並開立 ${tickets} 件改善維修案件。` : '已完成。'),
  cancel: '取消',
};
