/** The register import page's words (web/src/assets/pages/import-page.tsx). */
export const importText = {
  title: '匯入既有財產清冊',
  help: '上傳 CSV 或 Excel（第一列為標題）。欄位依中文標題對應：財產編號（或分類編號＋財產分號）、財產名稱、規格、取得日期（112/03/05、1120305 或 2023-03-05）、數量、單價或價值、保管人、存置地點、使用年限、備註。先預覽檢查，確認無誤後再匯入；只要有一列有問題，整份檔案都不會匯入。',
  agency: '保管機關',
  agencyRequired: '請選擇保管機關',
  file: '財產清冊檔案',
  chooseFile: '選擇檔案（CSV 或 XLSX）',
  fileRequired: '請選擇檔案',
  preview: '預覽檢查',
  confirm: (lines: number) => `確認匯入 ${lines} 筆`,
  cleanPreview: (lines: number) => `${lines} 列全部檢查通過，尚未寫入；確認後才會匯入。`,
  problemsFound: (count: number, lines: number) =>
    `共 ${lines} 列，發現 ${count} 個問題，整份檔案不會匯入。請修正後重新上傳。`,
  refused: '匯入被拒：檔案有問題，未匯入任何資料。',
  imported: (lines: number) => `已匯入 ${lines} 筆財產。`,
  toRegister: '查看財產清冊',
  another: '匯入另一份',
  line: '列',
  column: '欄位',
  problem: '問題',
  wholeFile: '整份檔案',
};

/** The file's headings by the field a problem names. */
export const IMPORT_COLUMN_LABELS: Record<string, string> = {
  propertyNumber: '財產編號',
  categoryCode: '分類編號',
  serial: '財產分號',
  name: '財產名稱',
  specification: '規格',
  acquisitionDate: '取得日期',
  quantity: '數量',
  cost: '單價／價值',
  acquisitionCost: '單價／價值',
  custodian: '保管人',
  custodianName: '保管人',
  location: '存置地點',
  serviceLife: '使用年限',
  minimumServiceLifeYears: '使用年限',
  note: '備註',
};
