import type { Schemas } from '../common/api/client';

type AssetStatus = Schemas['AssetView']['status'];
type StocktakeResult = NonNullable<Schemas['StocktakeLineView']['result']>;

export const assetsText = {
  registerTitle: '財產清冊',
  search: '搜尋',
  searchHint: '財產編號、名稱、規格或保管人',
  category: '分類編號',
  statusFilter: '狀態',
  allStatuses: '全部狀態',
  registerEmpty: '沒有符合條件的財產。',
  propertyNumber: '財產編號',
  name: '名稱',
  kind: '財產／物品',
  custodian: '保管人',
  location: '存置地點',
  status: '狀態',
  acquisitionDate: '取得日期',
  acquisitionCost: '取得金額（元）',
  serviceLife: '最低使用年限',
  years: '年',
  specification: '規格',
  notFound: '找不到這筆財產',
  movement: '除帳異動',
  noMovement: '仍在財產帳上，尚無除帳異動。',
  stocktakesTitle: '財產盤點',
  stocktakesEmpty: '尚無盤點作業。',
  openStocktake: '建立盤點',
  rocYear: '年度（民國）',
  center: '行政中心',
  opened: '已建立盤點',
  stocktakeTitle: (year: number) => `${year} 年度盤點`,
  progress: '盤點進度',
  typeNumber: '輸入財產編號',
  typeHint: '輸入或掃描標籤上的財產編號',
  markFound: '盤到',
  scan: '掃描 QR code',
  stopScan: '停止掃描',
  noSuchLine: '這個財產編號不在本次盤點清單中。',
  recorded: (number: string) => `已登錄 ${number}`,
  unrecorded: '尚未盤點',
  markMissing: '盤虧',
  markMoved: '地點不符',
  foundLocation: '實際存置地點',
  foundCustodian: '實際保管人',
  save: '登錄',
  close: '盤點結案',
  closed: '盤點已結案，財產清冊已依盤點結果更新。',
  discrepancies: '差異',
  open: '進行中',
  done: '已結案',
};

export const STATUS_LABELS: Record<AssetStatus, string> = {
  in_use: '使用中',
  idle: '閒置',
  missing: '盤虧（待查）',
  transferred: '已移撥',
  donated: '已捐贈',
  sold: '已變賣',
  scrapped: '已報廢',
};

export const RESULT_LABELS: Record<StocktakeResult, string> = {
  found: '盤到',
  missing: '盤虧',
  moved: '地點不符',
  damaged: '損壞',
};

export const KIND_LABELS = { property: '財產', item: '物品' } as const;
export const ITEM_CLASS_LABELS = { non_consumable: '非消耗品', consumable: '消耗用品' } as const;
