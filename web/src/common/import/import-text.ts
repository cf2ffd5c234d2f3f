/** zh-TW words every import page shares. */
export const importReportText = {
  chooseFile: '選擇檔案（CSV 或 Excel）',
  preview: '預覽檢查',
  line: '列',
  column: '欄位',
  problem: '問題',
  wholeFile: '整個檔案',
  problemsFound: (lines: number, problems: number) =>
    `共 ${lines} 列資料，發現 ${problems} 個問題，整個檔案都不會匯入。請修正後重新上傳。`,
  readyToImport: (lines: number) => `共 ${lines} 列資料，檢查無誤，尚未寫入；確認後才會匯入。`,
  confirm: (lines: number) => `確認匯入 ${lines} 筆`,
};
