import type { ImportKind } from './hooks/use-historical-import';

/** zh-TW words of the import of earlier years. */
export const importText = {
  nav: '歷史資料匯入',
  title: '匯入歷年資料',
  intro:
    '上傳舊系統或試算表的資料（CSV 或 Excel，第 1 列為中文標題，日期可寫 112/03/05、1120305 或 2023-03-05）。先預覽檢查，全部正確才能匯入；有任何一列錯誤，整個檔案都不會匯入。',
  kind: '資料種類',
  kinds: { repair_cases: '報修案件' } satisfies Record<ImportKind, string>,
  file: '檔案',
  anotherFile: '匯入其他檔案',
  imported: (lines: number, kind: string) => `已匯入 ${lines} 筆${kind}，並標示為匯入資料。`,
};
