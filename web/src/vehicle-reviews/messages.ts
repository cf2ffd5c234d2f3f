import type { RequestLine } from './hooks/use-reviews';
import { reviewNavText } from './nav-text';

const WHOLE = new Intl.NumberFormat('zh-TW');

/** NT$ as the office writes it: `1,450,000 元`. */
export function formatAmount(amount: number): string {
  return `${WHOLE.format(amount)} 元`;
}

/** zh-TW words of the pre-review pages. */
export const reviewText = {
  ...reviewNavText,
  roundsTitle: '車輛先期審查',
  roundsEmpty: '尚未開辦任何年度的先期審查。',
  budgetYear: '預算年度',
  budgetYearOf: (year: number) => `${year}年度`,
  budgetYearRequired: '請輸入預算年度（民國年）。',
  deadline: '受理截止日',
  deadlineRequired: '請選擇受理截止日。',
  ceiling: '經費上限（元）',
  ceilingRequired: '請輸入經費上限。',
  approvedTotal: '已核列',
  remaining: '尚可核列',
  filing: '受理中',
  filingClosed: '已截止',
  openTitle: '開辦年度審查',
  open: '開辦',
  opened: '已開辦先期審查。',
  view: '查看',
  lines: '申請項目',
  linesEmpty: '目前沒有申請項目。',
  fileTitle: '提出購置或續租申請',
  kind: '申請類別',
  kindRequired: '請選擇申請類別。',
  purpose: '用途',
  purposeRequired: '請輸入用途。',
  quantity: '數量',
  quantityRequired: '請輸入數量。',
  unitPrice: '單價（元）',
  unitPriceRequired: '請輸入單價。',
  replaced: '汰換車輛',
  replacedPlate: '汰換車牌',
  replacedAgeYears: '車齡（年）',
  replacedKm: '里程（公里）',
  reason: '申請理由',
  reasonRequired: '請說明申請理由。',
  attachments: '附件（報價單等）',
  addAttachment: '選擇檔案',
  submit: '送出申請',
  filed: '已送出申請，等待本處審查。',
  rank: '順位',
  agency: '機關',
  requested: '申請金額',
  state: '審查結果',
  approvedAmount: '核列金額（元）',
  approvedQuantity: '核列數量',
  decisionReason: '審查說明',
  review: '審查',
  reviewTitle: (purpose: string) => `審查：${purpose}`,
  decision: '審查決定',
  approvedAmountRequired: '請輸入核列金額。',
  decisionReasonRequired: '不予核列時請說明理由。',
  decide: '送出審查',
  decided: '已完成審查。',
  cancel: '取消',
  summary: '審查結果統計',
  summaryTitle: (year: number) => `${year}年度先期審查結果`,
  download: '下載 Excel',
  byKind: '依申請類別',
  byGroup: '購置經費依機關類別',
  lineCount: '申請件數',
  requestedQuantity: '申請數量',
  share: '占比',
  total: '合計',
  reportSentence: '施政報告文字',
  notFound: '找不到這個審查年度',
  kinds: {
    car: '汽車',
    motorcycle: '機車',
    special_vehicle: '特種車',
    lease_renewal: '續租',
  } satisfies Record<RequestLine['kind'], string>,
  decisions: { approve: '核列', defer: '緩議', reject: '不予核列' },
};

/** A calendar date of the API (`2024-03-31`) as `113/03/31`. */
export function formatRocDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(year) - 1911}/${month}/${day}`;
}
