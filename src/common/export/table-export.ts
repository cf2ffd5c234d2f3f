import { StreamableFile } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { stream as excelStream } from 'exceljs';
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { CONTENT_TYPES } from './content-types';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type Cell = string | number;

/** A file for the controller to send as a download. */
export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** A table export as it is written: the rows are read while the file is sent. */
export interface ExportStream {
  body: Readable;
  contentType: string;
  fileName: string;
  /** The file name as the office reads it, e.g. `財產清冊.csv`. */
  title: string;
}

export interface ExportTable {
  /** File name without extension, e.g. `assets`. */
  name: string;
  /** Worksheet name as the office reads it, e.g. `財產清冊`; also the zh-TW file name. */
  sheet: string;
  columns: { header: string; width?: number }[];
  /**
   * The rows a page at a time, each read as the one before has been written, so an export never
   * holds all of its rows: pass a generator over a keyset reader's pages, not every row at once.
   */
  pages: AsyncIterable<Cell[][]> | Iterable<Cell[][]>;
}

/**
 * Writes a table as CSV (with a byte-order mark, so Excel reads the Chinese) or as XLSX, as a
 * stream that reads the rows only as fast as the client takes the file. Text never becomes a
 * live formula: CSV cells are escaped, XLSX cells are written as strings. The first row is read
 * before this resolves, so a failing query is still the usual error response; a failure after
 * that aborts the download (the client sees a cut connection, never a short file that looks whole).
 */
export async function exportTable(format: ExportFormat, table: ExportTable): Promise<ExportStream> {
  const pages = await startReading(table.pages);
  return {
    body: format === 'csv' ? csvStream(table, pages) : xlsxStream(table, pages),
    contentType: CONTENT_TYPES[format],
    fileName: `${table.name}.${format}`,
    title: `${table.sheet}.${format}`,
  };
}

/** The export as a download, named in ASCII for old clients and in Chinese for the rest. */
export function downloadOf(file: ExportStream): StreamableFile {
  return new StreamableFile(file.body, {
    type: file.contentType,
    disposition: `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.title)}`,
  });
}

async function* each<T>(items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** Reads the first page now and hands back every page, that one included; closing it closes the source. */
async function startReading(pages: ExportTable['pages']): Promise<AsyncIterable<Cell[][]>> {
  const source = each(pages);
  const first = await source.next();
  return (async function* () {
    try {
      for (let next = first; !next.done; next = await source.next()) yield next.value;
    } finally {
      await source.return(undefined);
    }
  })();
}

/** The CSV a page per chunk: one write per page, not per row. */
async function* csvChunks(table: ExportTable, pages: AsyncIterable<Cell[][]>): AsyncGenerator<string> {
  // User text starting with = + - @ would run as a formula in a spreadsheet: the cell gets a leading '.
  yield stringify([table.columns.map((column) => column.header)], { bom: true, escape_formulas: true });
  for await (const page of pages) if (page.length) yield stringify(page, { escape_formulas: true });
}

function csvStream(table: ExportTable, pages: AsyncIterable<Cell[][]>): Readable {
  // Bytes, not objects: a failing read destroys this stream, which aborts the response.
  return Readable.from(csvChunks(table, pages), { objectMode: false });
}

function xlsxStream(table: ExportTable, pages: AsyncIterable<Cell[][]>): Readable {
  const output = new PassThrough();
  writeWorkbook(table, pages, output).catch((error: Error) => output.destroy(error));
  return output;
}

async function writeWorkbook(table: ExportTable, pages: AsyncIterable<Cell[][]>, output: PassThrough): Promise<void> {
  // Inline strings instead of a shared-string table, which would hold every distinct text until the end.
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.sheet);
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for await (const page of pages) {
    for (const row of page) sheet.addRow(row).commit();
    if (!(await roomFor(output))) return;
  }
  sheet.commit();
  await workbook.commit();
}

/** Waits while the client is behind; false once it has gone away (the response closed the stream). */
async function roomFor(output: PassThrough): Promise<boolean> {
  if (output.writableNeedDrain) {
    const settled = new AbortController();
    const { signal } = settled;
    await Promise.race([once(output, 'drain', { signal }), once(output, 'close', { signal })]).finally(() =>
      settled.abort(),
    );
  }
  return !output.destroyed;
}
