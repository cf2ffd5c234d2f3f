import type { Schemas } from '../common/api/client';

type FormStatus = Schemas['MovementFormView']['status'];
type ApproverRole = Schemas['MovementFormView']['approvalSteps'][number];
type MovementKind = Schemas['MovementFormView']['kind'];

export const movementFormText = {
  title: '財產異動申請',
  fileTitle: '提出異動申請',
  fileHint: '核定關卡依財產取得金額決定；最後一關核准後即辦理除帳。',
  propertyNumber: '財產編號',
  propertyNumberRequired: '請輸入財產編號。',
  noSuchAsset: '財產清冊中沒有這個財產編號（或不是您機關保管的財產）。',
  kind: '異動類別',
  kindRequired: '請選擇異動類別。',
  recipient: '受領機關或對象',
  recipientRequired: '移撥或捐贈請填寫受領對象。',
  proceeds: '預估變賣金額（元）',
  proceedsRequired: '變賣請填寫預估金額。',
  reason: '原因',
  documentNumber: '文號',
  submit: '送出申請',
  filed: (number: string) => `已送出 ${number} 的異動申請。`,
  listTitle: '申請單',
  awaitingMe: '待我核定',
  all: '全部',
  empty: '沒有申請單。',
  asset: '財產',
  cost: '取得金額（元）',
  progress: '核定進度',
  status: '狀態',
  actions: '處理',
  approve: '核准',
  reject: '退回',
  withdraw: '撤回',
  rejectTitle: '退回申請單',
  rejectReason: '退回原因',
  rejectReasonRequired: '請填寫退回原因。',
  cancel: '取消',
  approved: '已核准這一關。',
  rejected: '已退回申請單。',
  withdrawn: '已撤回申請單。',
  progressText: (done: number, steps: number) => `${done}／${steps} 關`,
  next: (role: string) => `下一關：${role}`,
};

export const FORM_STATUS_LABELS: Record<FormStatus, string> = {
  pending: '待核定',
  approved: '已核准（已除帳）',
  rejected: '已退回',
  withdrawn: '已撤回',
};

export const APPROVER_LABELS: Record<ApproverRole, string> = {
  agency_admin: '保管機關管理者',
  property_officer: '財產管理人員',
  admin: '系統管理者（首長授權）',
};

export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  transfer: '移撥',
  donation: '捐贈',
  sale: '變賣',
  scrap: '報廢',
};
