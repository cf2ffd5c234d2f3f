import PDFDocument from 'pdfkit';
import { chineseFont } from '../../common/pdf/chinese-font';
import { formatRocDateTime } from '../../common/time';
import { FigureTrend, FiguresOverview } from '../overview/figures-overview.service';
import { changeText, figureRows } from './figure-rows';

const MARGIN = 50;
/** The ideographic space the report's headings use between their words. */
const WIDE_SPACE = '\u3000';
const CHART_HEIGHT = 110;
const BAR_COLOUR = '#1677ff';
const COLUMNS = [
  { header: '項目', width: 235, align: 'left' },
  { header: '本期', width: 80, align: 'right' },
  { header: '去年同期', width: 80, align: 'right' },
  { header: '增減', width: 60, align: 'right' },
] as const;

type Document = PDFKit.PDFDocument;

const number = (value: number) => value.toLocaleString('en-US');

/**
 * The report section as an A4 PDF: the text to paste, each section's figures beside the same
 * period a year earlier, and a bar chart of each main figure by month. The bars are drawn with
 * pdfkit itself: no browser or rasteriser is needed on the server, and they stay sharp in print.
 */
export function figuresPdf(overview: FiguresOverview): Promise<Buffer> {
  const { current, yearEarlier } = overview;
  const document = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `一般行政施政績效 ${current.label}`, Author: '總務處' },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.registerFont('tc', chineseFont());
  document.font('tc').fontSize(18).text(`一般行政施政績效${WIDE_SPACE}${current.label}`, { align: 'center' });
  document
    .fontSize(9)
    .fillColor('#555')
    .text(`比較期間：${yearEarlier.label}${WIDE_SPACE}計算時間：${formatRocDateTime(current.computedAt)}`, {
      align: 'center',
    })
    .fillColor('black');
  heading(document, '報告文字');
  document.fontSize(11);
  for (const sentence of overview.reportText) document.text(sentence, { paragraphGap: 4 });
  heading(document, '各項數據與去年同期比較');
  table(document, overview);
  document.addPage();
  heading(document, '主要數據每月趨勢');
  for (const trend of overview.trends) chart(document, trend);
  document.end();
  return done;
}

function heading(document: Document, title: string): void {
  document.moveDown(1).fontSize(14).text(title, MARGIN).moveDown(0.3);
}

function table(document: Document, { current, yearEarlier }: FiguresOverview): void {
  let section = '';
  for (const row of figureRows(current, yearEarlier)) {
    if (row.section !== section) {
      section = row.section;
      ensureRoom(document, 40);
      document.moveDown(0.4).fontSize(12).fillColor('#1f3a68').text(section, MARGIN).fillColor('black');
      cells(
        document,
        COLUMNS.map((column) => column.header),
        '#555',
      );
    }
    const before = row.yearEarlier === null ? '—' : number(row.yearEarlier);
    cells(document, [row.label, `${number(row.value)} ${row.unit}`, before, changeText(row)], 'black');
  }
}

/** One line of the table, the columns side by side. */
function cells(document: Document, texts: string[], colour: string): void {
  ensureRoom(document, 18);
  const top = document.y;
  let x = MARGIN;
  document.fontSize(10).fillColor(colour);
  let bottom = top;
  COLUMNS.forEach((column, index) => {
    document.text(texts[index], x, top, { width: column.width - 6, align: column.align });
    bottom = Math.max(bottom, document.y);
    x += column.width;
  });
  document.fillColor('black').y = bottom + 2;
}

/** A bar per month with its value above it and the month below. */
function chart(document: Document, trend: FigureTrend): void {
  ensureRoom(document, CHART_HEIGHT + 60);
  document.fontSize(11).text(`${trend.label}（${trend.unit}）`, MARGIN).moveDown(0.2);
  const width = document.page.width - 2 * MARGIN;
  const top = document.y + 12;
  const baseline = top + CHART_HEIGHT;
  const highest = Math.max(1, ...trend.months.map((month) => month.value));
  const slot = width / Math.max(1, trend.months.length);
  document
    .moveTo(MARGIN, baseline)
    .lineTo(MARGIN + width, baseline)
    .strokeColor('#999')
    .stroke();
  trend.months.forEach((month, index) => {
    const height = (month.value / highest) * CHART_HEIGHT;
    const x = MARGIN + index * slot + slot * 0.2;
    document.rect(x, baseline - height, slot * 0.6, height).fill(BAR_COLOUR);
    document.fillColor('black').fontSize(7);
    document.text(number(month.value), x - slot * 0.2, baseline - height - 10, { width: slot, align: 'center' });
    document.text(month.label.replace(/^\d+年/, ''), x - slot * 0.2, baseline + 3, { width: slot, align: 'center' });
  });
  document.x = MARGIN;
  document.y = baseline + 24;
}

function ensureRoom(document: Document, height: number): void {
  if (document.y + height > document.page.height - MARGIN) document.addPage();
}
