import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { TooManyImportLinesError, UnreadableImportFileError } from './import-errors';

/** A data row: its row number in the file (the heading is row 1) and its cells by heading. */
export interface SheetRow {
  line: number;
  cells: Record<string, string>;
}

/**
 * The most data lines one uploaded file may hold. Ten years of the office's busiest record (about
 * 1,100 repair cases a year) is some 11,000 lines; 50,000 leaves room for a larger office while a
 * file of that size is checked within the service's heap cap (see ARCHITECTURE.md, entry points).
 */
export const MAX_IMPORT_LINES = 50_000;

/** One row of the file as read: its row number and its cells' text by column (the first is 0). */
interface RawRow {
  line: number;
  texts: string[];
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

/** The parts of exceljs's streaming reader that take each inflated part of the file (not in its typings). */
interface ReaderParts {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNumber: string): Generator<unknown>;
}

/** Text of UTF-8 chunks, a character split between two chunks kept whole. */
async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  yield decoder.end();
}

const streamingParts = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderParts;

/**
 * exceljs 4.4's streaming reader decodes each inflated chunk on its own (lib/utils/parse-sax.js), so
 * a Chinese character split between two chunks reads as U+FFFD; this one hands its XML parser text
 * decoded across chunks.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseSharedStrings(entry: Readable) {
    return streamingParts._parseSharedStrings.call(this, entry.setEncoding('utf8'));
  }

  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNumber: string) {
    return streamingParts._parseWorksheet.call(this, utf8Text(chunks), sheetNumber);
  }
}

/** The first worksheet's rows, read from the zip as it is inflated: the workbook is never held whole. */
async function* xlsxRows(bytes: Buffer): AsyncGenerator<RawRow> {
  // Styles tell dates from numbers; shared strings are the cells' text.
  const workbook = new Utf8WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const worksheet of workbook) {
    for await (const row of worksheet) {
      const texts: string[] = [];
      row.eachCell((cell, column) => (texts[column - 1] = cellText(cell)));
      yield { line: row.number, texts };
    }
    return;
  }
}

/** A CSV file's rows (UTF-8, a BOM allowed), as written: values are not guessed into numbers or dates. */
async function* csvRows(bytes: Buffer): AsyncGenerator<RawRow> {
  const parser = parseString(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  let line = 0;
  for await (const values of parser as AsyncIterable<string[]>) {
    line += 1;
    yield { line, texts: values.map((value) => value.trim()) };
  }
}

/**
 * The first sheet of an XLSX file, or a CSV file, as rows of text by the headings of row 1; empty
 * rows are left out. The file is read a row at a time, and a file with more than `maxLines` data
 * lines is refused as soon as the line after the limit is read.
 */
export async function readSpreadsheet(fileName: string, bytes: Buffer, maxLines = Infinity): Promise<SheetRow[]> {
  const headings: string[] = [];
  const rows: SheetRow[] = [];
  for await (const { line, texts } of fileName.toLowerCase().endsWith('.csv') ? csvRows(bytes) : xlsxRows(bytes)) {
    if (line === 1) texts.forEach((text, column) => (headings[column] = text));
    else {
      const cells: Record<string, string> = {};
      texts.forEach((text, column) => {
        if (headings[column]) cells[headings[column]] = text;
      });
      if (!Object.values(cells).some((value) => value !== '')) continue;
      if (rows.length === maxLines) throw new TooManyImportLinesError(maxLines);
      rows.push({ line, cells });
    }
  }
  return rows;
}

/**
 * An uploaded file's rows, at most MAX_IMPORT_LINES of them (else a 422 `import.too_many_lines`);
 * a file that is not CSV or XLSX is a 400 `import.unreadable_file`.
 */
export async function readUploadedSpreadsheet(fileName: string, dataBase64: string): Promise<SheetRow[]> {
  try {
    return await readSpreadsheet(fileName, Buffer.from(dataBase64, 'base64'), MAX_IMPORT_LINES);
  } catch (error) {
    if (error instanceof TooManyImportLinesError) throw error;
    throw new UnreadableImportFileError((error as Error).message);
  }
}
