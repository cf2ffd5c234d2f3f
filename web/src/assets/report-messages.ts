import type { paths } from '../api/schema';

type ReportName = NonNullable<paths['/asset-reports/statutory']['get']['parameters']['query']>['report'];

/** The words of the statutory-report and label pages. */
export const reportsText = {
  reportsTitle: '財產報表',
  reportsIntro: '依政府報表格式產生機關在期間內的財產（物品）報表，下載 Excel 或 PDF 後列印核章。',
  report: '報表',
  agency: '機關',
  periodKind: '期間',
  periodKinds: { year: '年度', month: '月份', range: '起訖日期' },
  rocYear: '民國年',
  month: '月份',
  from: '起日',
  to: '迄日',
  downloadXlsx: '下載 Excel',
  downloadPdf: '下載 PDF',
  downloaded: (name: string) => `已下載「${name}」。`,
  labelsTitle: '列印財產標籤',
  labelsIntro: '選擇存置地點，勾選要列印的財產，或列印該地點的全部財產；每張 A4 標籤紙 24 張標籤。',
  location: '存置地點',
  chooseLocation: '請選擇存置地點',
  printSelected: (count: number) => `列印選取的標籤（${count}）`,
  printLocation: '列印此地點全部標籤',
  labelsEmpty: '此地點沒有財產。',
  labelsReady: '標籤 PDF 已下載，請以 100% 比例列印於 A4 標籤紙。',
};

export const REPORT_LABELS: Record<ReportName, string> = {
  'property-changes': '財產增減表',
  'property-balance': '財產增減結存表',
  'property-catalogue': '財產目錄',
  'item-changes': '非消耗品增減表',
  'item-balance': '非消耗品增減結存表',
  'item-catalogue': '非消耗品目錄',
};
