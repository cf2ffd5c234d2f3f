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
    parking_permits: '公務臨時停車證',
    residence_checks: '宿舍居住事實查考',
  } satisfies Record<ImportKind, string>,
  /** What a kind's file holds and what it must satisfy, under the selector. */
  kindHelp: {
    repair_cases:
      '欄位：案件編號（如 112-000123）、報修時間、報修機關、類別、報修事項、地點、結案時間；每年編號須從 1 起連續。只收已結案的案件，未結案者請在本系統重新報修。',
    parking_permits:
      '欄位：停車證號碼（如 SW112-00001）、停車場、車牌號碼、車種、來賓姓名、洽公機關、使用日期起、使用日期迄、核發時間，註銷者另填註銷時間及原因；各停車場每年號碼須從 1 起連續。只收使用期間已結束的停車證，不占用車位。',
    residence_checks:
      '欄位：年度（如 112）、期別（上半年或下半年）、宿舍、房號、住戶姓名、查考結果（確有居住、未居住或未遇）、查考日期、備註；住戶須有查考日當天的配住紀錄。每期匯入後即為已完成的一次查考。',
  } as Partial<Record<ImportKind, string>>,
  file: '檔案',
  chooseFile: '選擇檔案',
  fileRequired: '請選擇要匯入的檔案。',
  preview: '預覽檢查',
  import: '正式匯入',
  anotherFile: '匯入其他檔案',
  line: '列',
  column: '欄位',
  problem: '問題',
  wholeFile: '整個檔案',
  problemsFound: (lines: number, problems: number) =>
    `共 ${lines} 列資料，發現 ${problems} 個問題，整個檔案都不會匯入。`,
  readyToImport: (lines: number) => `共 ${lines} 列資料，檢查無誤，可以匯入。`,
  imported: (lines: number, kind: string) => `已匯入 ${lines} 筆${kind}，並標示為匯入資料。`,
};
