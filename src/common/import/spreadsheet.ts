import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { UnreadableImportFileError } from './import-errors';

/** A data row: its row number in the file (the heading is row 1) and its cells by heading. */
export interface SheetRow {
  line: number;
  cells: Record<string, string>;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Excel keeps a date-time without a zone; exceljs hands it over as that wall-clock time in UTC. */
function wallClock(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return time === '00:00' ? day : `${day} ${time}`;
}

function cellText(cell: ExcelJS.Cell): string {
  return cell.value instanceof Date ? wallClock(cell.value) : cell.text.trim();
}

/**
 * The first sheet of an XLSX file, or a CSV file (UTF-8, a BOM allowed), as rows of text by the
 * headings of row 1. Cells are kept as written: CSV values are not guessed into numbers or dates.
 */
export async function readSpreadsheet(fileName: string, bytes: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = fileName.toLowerCase().endsWith('.csv')
    ? await workbook.csv.read(Readable.from(bytes.toString('utf8').replace(/^\uFEFF/, '')), {
        map: (value: unknown) => value,
      })
    : (await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)).worksheets[0];
  if (!sheet) return [];
  const headings: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => (headings[column] = cellText(cell)));
  const rows: SheetRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const cells: Record<string, string> = {};
    row.eachCell((cell, column) => {
      if (headings[column]) cells[headings[column]] = cellText(cell);
    });
    if (Object.values(cells).some((value) => value !== '')) rows.push({ line, cells });
  });
  return rows;
}

/** An uploaded file's rows; a file that is not CSV or XLSX is a 400 `import.unreadable_file`. */
export async function readUploadedSpreadsheet(fileName: string, dataBase64: string): Promise<SheetRow[]> {
  try {
    return await readSpreadsheet(fileName, Buffer.from(dataBase64, 'base64'));
  } catch (error) {
    throw new UnreadableImportFileError((error as Error).message);
  }
}
