import type { ImportKind } from './hooks/use-historical-import';

/** zh-TW words of the import of earlier years. */
export const importText = {
  nav: '歷史資料匯入',
  title: '匯入歷年資料',
  intro:
    '上傳舊系統或試算表的資料（CSV 或 Excel，第 1 列為中文標題，日期可寫 112/03/05、1120305 或 2023-03-05）。先預覽檢查，全部正確才能匯入；有任何一列錯誤，整個檔案都不會匯入。',
  kind: '資料種類',
  kinds: {
    repair_cases: '報修案件',
    car_trips: '公務車派車紀錄',
    venue_bookings: '場地借用紀錄',
    parking_permits: '公務臨時停車證',
    residence_checks: '宿舍居住事實查考',
  } satisfies Record<ImportKind, string>,
  requiredHeadings: '必要欄位',
  optionalHeadings: '選填欄位',
  /** The headings of each kind's file, as the import reads them (src/historical-import/<kind>/*-lines.ts). */
  headings: {
    repair_cases: {
      required: ['案件編號', '報修時間', '報修機關', '類別', '報修事項', '地點', '結案時間'],
      optional: ['說明', '處理廠商'],
      note: '案件編號如 112-000123，每年須從 1 起連續。只收已結案的案件，未結案者請在本系統重新報修。',
    },
    car_trips: {
      required: ['用車時間', '歸還時間', '申請機關', '申請人', '事由', '目的地', '車號'],
      optional: ['車次編號', '駕駛', '出車里程', '回場里程', '乘車人數', '出發地', '申請方式'],
      note: '集中調派時，同一車次的各筆申請填相同的車次編號，並寫同一車號及駕駛；申請方式寫「線上」或「書面」，空白視為線上。',
    },
    venue_bookings: {
      required: ['場地', '開始時間', '結束時間', '申請機關', '活動名稱'],
      optional: ['使用日期', '活動類型', '參加人數', '聯絡人'],
      note: '場地寫名稱或代碼；開始、結束時間可寫完整日期時間（112/03/05 14:00），或只寫時刻（14:00）並另填使用日期。',
    },
    parking_permits: {
      required: ['停車證號碼', '停車場', '車牌號碼', '車種', '洽公機關', '使用日期起', '核發時間'],
      optional: ['使用日期迄', '來賓姓名', '聯絡電話', '事由', '註銷時間', '註銷原因'],
      note: '停車證號碼如 SW112-00001，各停車場每年須從 1 起連續。只收使用期間已結束的停車證，不占用車位。',
    },
    residence_checks: {
      required: ['年度', '期別', '宿舍', '房號', '住戶姓名', '查考結果', '查考日期'],
      optional: ['備註'],
      note: '期別寫上半年或下半年；查考結果寫確有居住、未居住或未遇。住戶須有查考日當天的配住紀錄；每期匯入後即為已完成的一次查考。',
    },
  } satisfies Record<ImportKind, { required: string[]; optional: string[]; note?: string }>,
  file: '檔案',
  anotherFile: '匯入其他檔案',
  imported: (lines: number, kind: string) => `已匯入 ${lines} 筆${kind}，並標示為匯入資料。`,
};
