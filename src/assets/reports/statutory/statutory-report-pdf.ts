import PDFDocument from 'pdfkit';
import { chineseFont } from '../../../common/pdf/chinese-font';
import { StatutoryReport } from './statutory-report';
import { AMOUNT_UNIT, reportTable, ReportTable, SIGNATURES, TableCell } from './statutory-report-table';

type Document = PDFKit.PDFDocument;

const MARGIN = 36;
const ROW_HEIGHT = 18;
const FONT_SIZE = 9;
const SIGNATURE_ROOM = 50;

const text = (cell: TableCell | undefined) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : (cell ?? ''));

/**
 * The report on A4 landscape, drawn as the paper form: agency, title and ROC period, the two-row
 * header repeated on each page, ruled rows with class subtotals and the total, and the signature
 * line (製表, 覆核, 主辦會計, 機關長官) after the table.
 */
export function statutoryReportPdf(report: StatutoryReport): Promise<Buffer> {
  const table = reportTable(report);
  const document = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: `${report.agencyName} ${report.title}`, Author: report.agencyName },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.registerFont('tc', chineseFont());
  const width = document.page.width - 2 * MARGIN;
  const total = table.widths.reduce((sum, columnWidth) => sum + columnWidth, 0);
  const columns = table.widths.map((columnWidth) => (columnWidth / total) * width);
  document.font('tc').fontSize(14).text(report.agencyName, MARGIN, MARGIN, { align: 'center', width });
  document.fontSize(18).text(report.title, { align: 'center', width });
  const periodTop = document.y + 2;
  document.fontSize(FONT_SIZE).text(report.periodLabel, MARGIN, periodTop, { align: 'center', width });
  document.text(AMOUNT_UNIT, MARGIN, periodTop, { align: 'right', width });
  let y = header(document, table, columns, document.y + 6);
  for (const row of table.rows) {
    if (y + ROW_HEIGHT > document.page.height - MARGIN) {
      document.addPage();
      y = header(document, table, columns, MARGIN);
    }
    rowCells(document, columns, row.cells, table.numeric, y, row.style !== 'line');
    y += ROW_HEIGHT;
  }
  if (y + SIGNATURE_ROOM > document.page.height - MARGIN) {
    document.addPage();
    y = MARGIN;
  }
  const step = width / SIGNATURES.length;
  SIGNATURES.forEach((title, index) =>
    document.fontSize(11).text(`${title}：`, MARGIN + index * step, y + 24, { width: step, lineBreak: false }),
  );
  document.end();
  return done;
}

function header(document: Document, table: ReportTable, columns: number[], top: number): number {
  let column = 0;
  for (const cell of table.headerTop) {
    const x = MARGIN + columns.slice(0, column).reduce((sum, value) => sum + value, 0);
    const cellWidth = columns.slice(column, column + cell.span).reduce((sum, value) => sum + value, 0);
    const spansRows = cell.span === 1 && !table.headerBottom[column];
    box(document, x, top, cellWidth, spansRows ? 2 * ROW_HEIGHT : ROW_HEIGHT, cell.label, 'center', true);
    column += cell.span;
  }
  let x = MARGIN;
  table.headerBottom.forEach((label, index) => {
    if (label) box(document, x, top + ROW_HEIGHT, columns[index], ROW_HEIGHT, label, 'center', true);
    x += columns[index];
  });
  return top + 2 * ROW_HEIGHT;
}

function rowCells(
  document: Document,
  columns: number[],
  cells: TableCell[],
  numeric: boolean[],
  top: number,
  bold: boolean,
): void {
  let x = MARGIN;
  columns.forEach((columnWidth, index) => {
    box(document, x, top, columnWidth, ROW_HEIGHT, text(cells[index]), numeric[index] ? 'right' : 'left', bold);
    x += columnWidth;
  });
}

function box(
  document: Document,
  x: number,
  y: number,
  width: number,
  height: number,
  label: string,
  align: 'left' | 'center' | 'right',
  shaded: boolean,
): void {
  if (shaded) document.rect(x, y, width, height).fillAndStroke('#f0f0f0', '#000');
  else document.rect(x, y, width, height).stroke('#000');
  document
    .fillColor('black')
    .fontSize(FONT_SIZE)
    .text(label, x + 3, y + (height - FONT_SIZE) / 2 - 2, {
      width: width - 6,
      align,
      lineBreak: false,
      ellipsis: true,
    });
}
