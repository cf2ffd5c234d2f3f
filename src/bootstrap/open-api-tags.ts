import type { TagObject } from '@nestjs/swagger';

/**
 * The zh-TW name and description of each controller tag, in the order a reader meets them.
 * Controllers keep their short English tag (`@ApiTags('fleet')`); the document shows these names.
 */
export const TAGS: Record<string, TagObject> = {
  auth: { name: '登入', description: '以帳號密碼登入，取得存取權杖（bearer token）或瀏覽器工作階段（cookie）。' },
  maintenance: {
    name: '報修與維修',
    description: '機關報修、維修調度分派、技術員處理與結案；附件、留言、費用、SLA 目標、KPI 與通知。',
  },
  'maintenance obligations': {
    name: '法定定期維護',
    description: '高低壓電氣檢驗、消防安檢、公共安全申報、保險、消防編組訓練等有期限的定期工作及其證明文件。',
  },
  fleet: {
    name: '公務車派遣',
    description: '線上申請派用公務車、派車調度（指派車輛與駕駛、集中調派）、出車與回場里程、車輛與駕駛資料、到期提醒。',
  },
  'vehicle-reviews': {
    name: '車輛先期審查',
    description: '年度購置公務車輛先期審查：機關提出購置與續租申請，本處依優先順位在經費上限內核列，並產出統計與報表。',
  },
  parking: {
    name: '臨時停車證',
    description: '核發公務臨時停車證（單張與批次）、列印、撤銷，以及掃描 QR code 的公開查驗。',
  },
  dormitories: {
    name: '宿舍管理',
    description: '市有宿舍登錄、配住與遷出、巡查與報修、居住事實查考，以及首長宿舍借用。',
  },
  venues: { name: '會場利用', description: '行政中心中庭、廣場、禮堂開放使用與會議室借用。' },
  assets: { name: '財產管理', description: '財產與物品的登記、異動（移撥、捐贈、變賣、報廢）與財產清冊匯出。' },
  'asset-classifications': {
    name: '財物標準分類',
    description: '行政院主計總處財物標準分類：分類編號、名稱、單位與最低使用年限。',
  },
  'asset-stocktakes': {
    name: '財產盤點',
    description: '年度盤點：依範圍建立盤點清單、逐筆登錄盤點結果、結案與差異報告。',
  },
  'asset-reports': {
    name: '財產報表',
    description: '財產增減表、財產增減結存表、財產目錄及非消耗品報表（Excel／PDF）與年度財產數據。',
  },
  'asset-movement-forms': {
    name: '財產異動申請',
    description: '移撥、捐贈、變賣、報廢的申請與依金額分級核定；最後一關核准即除帳。',
  },
  'asset-labels': { name: '財產標籤', description: '列印財產標籤（含 QR code）：選取的財產或整個存置地點。' },
  notifications: { name: '通知', description: '寄給使用者本人的站內通知：清單、未讀數與標示已讀。' },
  figures: { name: '施政績效數據', description: '依民國年、月或會期計算一般行政施政績效的各項數據，並可保存為定稿。' },
  'division-records': {
    name: '一般行政紀錄',
    description: '各科室登錄的一般行政工作紀錄（施政績效數據的來源之一）及其結果檔。',
  },
  imports: { name: '歷史資料匯入', description: '匯入系統上線前年度的資料（例如報修案件），先預覽檢查再正式匯入。' },
  users: { name: '使用者帳號', description: '帳號建立、停用、角色與密碼；機關管理者管理自己機關的帳號。' },
  agencies: { name: '機關', description: '進駐行政中心的機關名單。' },
  locations: { name: '地點', description: '行政中心、棟、樓層與房間的階層。' },
  trades: { name: '維修工種', description: '建築土木、水電、空調、消防、電梯、通信、廣播、監視系統等維修工種。' },
  audit: { name: '稽核紀錄', description: '每一筆資料異動的紀錄：誰、何時、改了什麼。' },
  jobs: { name: '排程作業', description: '定期作業（逾期提醒、自動結案、數據快照等）的執行紀錄與手動重跑。' },
  health: { name: '服務狀態', description: '供負載平衡器與監控使用的存活與就緒檢查。' },
};
