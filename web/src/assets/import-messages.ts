/** The register import page's words (web/src/assets/pages/import-page.tsx). */
export const importText = {
  title: '匯入既有財產清冊',
  help: '上傳 CSV 或 Excel（第一列為標題）。欄位依中文標題對應：財產編號（或分類編號＋財產分號）、財產名稱、規格、取得日期（112/03/05、1120305 或 2023-03-05）、數量、單價或價值、保管人、存置地點、使用年限、備註。先預覽檢查，確認無誤後再匯入；只要有一列有問題，整份檔案都不會匯入。',
  agency: '保管機關',
  agencyRequired: '請選擇保管機關',
  file: '財產清冊檔案',
  imported: (lines: number) => `已匯入 ${lines} 筆財產。`,
  toRegister: '查看財產清冊',
  another: '匯入另一份',
};
