import { Borders, stream, Worksheet } from 'exceljs';
import { PassThrough } from 'node:stream';
import { StatutoryReport } from './statutory-report';
import { AMOUNT_UNIT, reportTable, ReportTable, SIGNATURES } from './statutory-report-table';

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADER_ROW = 4;
const NUMBER_FORMAT = '#,##0';

/**
 * The report as the form's worksheet: agency, title and ROC period above, the two-row header with
 * merged group cells, class subtotals and the total, and the signature line under the table.
 * Every text cell is written as a string, so nothing in the register runs as a formula.
 */
export async function statutoryReportXlsx(report: StatutoryReport): Promise<Buffer> {
  const table = reportTable(report);
  // Written row by row: a catalogue lists every asset of the agency, and a whole workbook in memory
  // took about 8 kB of heap per line (66 MB for 8,000 assets), more than a capped heap can spare.
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(report.title, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const lastColumn = table.widths.length;
  sheet.columns = table.widths.map((width) => ({ width }));
  titleRow(sheet, 1, report.agencyName, 14);
  titleRow(sheet, 2, report.title, 16);
  sheet.mergeCells(3, 1, 3, lastColumn - 2);
  sheet.getCell(3, 1).value = report.periodLabel;
  sheet.getCell(3, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(3, lastColumn - 1, 3, lastColumn);
  sheet.getCell(3, lastColumn - 1).value = AMOUNT_UNIT;
  sheet.getCell(3, lastColumn - 1).alignment = { horizontal: 'right' };
  header(sheet, table);
  let rowNumber = HEADER_ROW + 2;
  for (const row of table.rows) {
    const cells = table.widths.map((_, index) => row.cells[index] ?? '');
    sheet.getRow(rowNumber).values = cells;
    sheet.getRow(rowNumber).eachCell({ includeEmpty: true }, (cell, column) => {
      cell.border = THIN;
      if (table.numeric[column - 1]) cell.numFmt = NUMBER_FORMAT;
      if (row.style !== 'line') cell.font = { bold: true };
    });
    sheet.getRow(rowNumber).commit();
    rowNumber += 1;
  }
  signatures(sheet, rowNumber + 1, lastColumn);
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

function titleRow(sheet: Worksheet, row: number, text: string, size: number): void {
  sheet.mergeCells(row, 1, row, sheet.columns.length);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size };
  cell.alignment = { horizontal: 'center' };
}

function header(sheet: Worksheet, table: ReportTable): void {
  let column = 1;
  for (const top of table.headerTop) {
    const spansRows = top.span === 1 && !table.headerBottom[column - 1];
    if (top.span > 1 || spansRows)
      sheet.mergeCells(HEADER_ROW, column, spansRows ? HEADER_ROW + 1 : HEADER_ROW, column + top.span - 1);
    sheet.getCell(HEADER_ROW, column).value = top.label;
    column += top.span;
  }
  table.headerBottom.forEach((label, index) => {
    if (label) sheet.getCell(HEADER_ROW + 1, index + 1).value = label;
  });
  for (const row of [HEADER_ROW, HEADER_ROW + 1])
    sheet.getRow(row).eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.border = THIN;
    });
}

function signatures(sheet: Worksheet, row: number, lastColumn: number): void {
  const step = Math.floor(lastColumn / SIGNATURES.length);
  SIGNATURES.forEach((title, index) => {
    sheet.getCell(row, index * step + 1).value = `${title}：`;
  });
}
