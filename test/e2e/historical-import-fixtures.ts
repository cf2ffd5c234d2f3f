/** A CSV file of earlier records as the admin page uploads it: UTF-8 with a BOM, headings in row 1. */
export function csvUpload(fileName: string, headings: string, lines: string[]) {
  return {
    fileName,
    dataBase64: Buffer.from(`\uFEFF${[headings, ...lines].join('\n')}\n`).toString('base64'),
  };
}

/** A section of `GET /figures`, as far as the import tests read it. */
export interface FigureSection {
  key: string;
  figures: { key: string; value: number; sentence: string }[];
}
