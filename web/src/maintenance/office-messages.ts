import type { paths } from '../api/schema';
import type { Schemas } from '../common/api/client';

type HoldReason = NonNullable<Schemas['TransitionDto']['holdReason']>;
type CostKind = Schemas['CreateCostLineDto']['kind'];
type Status = Schemas['TicketView']['status'];
type SlaState = Schemas['SlaClockView']['state'];
type SlaStanding = NonNullable<NonNullable<paths['/maintenance/tickets']['get']['parameters']['query']>['slaState']>;

/** zh-TW words of the maintenance office's pages (coordinator and technician). */
export const officeText = {
  navQueue: '維修案件佇列',
  navWork: '我的工作',
  queueTitle: '維修案件佇列',
  queueEmpty: '沒有符合條件的案件。',
  workTitle: '我的工作',
  workEmpty: '目前沒有指派給您或您負責工種的案件。',
  filters: '篩選條件',
  center: '中心',
  agency: '機關',
  any: '全部',
  statuses: {
    submitted: '已報修',
    assigned: '已派工',
    in_progress: '處理中',
    on_hold: '暫停',
    resolved: '已完工',
    closed: '已結案',
    rejected: '不受理',
    cancelled: '已撤銷',
  } satisfies Record<Status, string>,
  search: '關鍵字',
  slaLeft: 'SLA 剩餘',
  slaResponse: '回應期限',
  slaResolution: '完工期限',
  slaStates: { running: '計時中', paused: '暫停計時', met: '已達成', breached: '已逾期' } satisfies Record<
    SlaState,
    string
  >,
  slaStanding: 'SLA 狀態',
  slaStandings: { on_time: '準時', at_risk: '即將逾期', breached: '已逾期' } satisfies Record<SlaStanding, string>,
  assignee: '承辦技術員',
  unassigned: '尚未派工',
  minutesLeft: (minutes: number) => (minutes < 0 ? `逾期 ${duration(-minutes)}` : `剩 ${duration(minutes)}`),
  triageTitle: '分類與優先等級',
  subCategory: '細項',
  saveTriage: '儲存分類',
  triaged: '已更新分類。',
  actionsTitle: '處理',
  technician: '技術員',
  technicianHelp: '只列出負責本案工種的技術員，括號內為手上未完工的案件數。',
  technicianOption: (name: string, open: number) => `${name}（手上 ${open} 件）`,
  noTechnicians: '沒有負責這個工種的技術員。',
  vendorName: '委外廠商',
  vendorHelp: '交由廠商施作時填寫，可與技術員並存。',
  assigneeRequired: '請選擇技術員或輸入委外廠商。',
  holdReason: '暫停原因',
  holdReasonRequired: '請選擇暫停原因。',
  holdReasons: {
    parts: '等待料件',
    vendor: '等待廠商',
    access: '無法進入現場',
    after_hours: '需於下班時間施工',
    budget: '等待經費',
    other: '其他',
  } satisfies Record<HoldReason, string>,
  resolutionNoteRequired: '請說明處理情形。',
  resolvePhoto: '完工照片',
  reason: '原因',
  reasonRequired: '請說明原因。',
  done: (action: string) => `已${action}。`,
  internal: '內部留言（申請人看不到）',
  internalTag: '內部',
  costsTitle: '費用',
  costsEmpty: '尚無費用。',
  costKind: '類別',
  costKinds: { labour: '工資', material: '材料', vendor: '委外' } satisfies Record<CostKind, string>,
  costDescription: '品項說明',
  costDescriptionRequired: '請輸入品項說明。',
  quantity: '數量',
  unitPrice: '單價（新臺幣）',
  amount: '金額',
  total: '合計',
  addCost: '新增費用',
  required: '必填。',
};

function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} 分`;
  if (minutes < 60 * 24) return `${Math.floor(minutes / 60)} 小時`;
  return `${Math.floor(minutes / 60 / 24)} 天`;
}
