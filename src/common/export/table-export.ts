import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type Cell = string | number;

/** A file for the controller to send as a download. */
export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

export interface ExportTable {
  /** File name without extension, e.g. `assets`. */
  name: string;
  /** Worksheet name as the office reads it, e.g. `財產清冊`. */
  sheet: string;
  columns: { header: string; width?: number }[];
  rows: Cell[][];
}

/**
 * Writes a table as CSV (with a byte-order mark, so Excel reads the Chinese) or as XLSX. Text
 * never becomes a live formula: CSV cells are escaped, XLSX cells are written as strings.
 */
export async function exportTable(format: ExportFormat, table: ExportTable): Promise<ExportFile> {
  const headers = table.columns.map((column) => column.header);
  if (format === 'csv') {
    return {
      // User text starting with = + - @ would run as a formula in a spreadsheet: the cell gets a leading '.
      body: Buffer.from(stringify([headers, ...table.rows], { bom: true, escape_formulas: true })),
      contentType: 'text/csv; charset=utf-8',
      fileName: `${table.name}.csv`,
    };
  }
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(table.sheet);
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width ?? 16 }));
  sheet.addRows(table.rows);
  sheet.getRow(1).font = { bold: true };
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${table.name}.xlsx`,
  };
}
