import { Workbook } from 'exceljs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { loadChineseFont } from '../pdf/chinese-font';

/** A throwaway PDF with Chinese text and a QR image: what a permit or a label sheet does, in small. */
async function renderSamplePdf(font: Buffer): Promise<void> {
  const qr = await QRCode.toBuffer('warm-up', { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 2 });
  const document = new PDFDocument({ size: 'A6' });
  const done = new Promise<void>((resolve, reject) => {
    document.on('data', () => undefined);
    document.on('end', resolve);
    document.on('error', reject);
  });
  document.registerFont('tc', font);
  document.font('tc').fontSize(12).text('公務臨時停車證 財產標籤 112年度');
  document.image(qr, 10, 60, { width: 40, height: 40 });
  document.end();
  await done;
}

/** A throwaway workbook, so the first Excel export does not pay for exceljs's first zip. */
async function writeSampleWorkbook(): Promise<void> {
  const workbook = new Workbook();
  workbook.addWorksheet('暖機').addRow(['一般行政', 1]);
  await workbook.xlsx.writeBuffer();
}

/**
 * Loads the Chinese font and runs pdfkit, qrcode and exceljs once, so that the first permit,
 * label sheet, report PDF or Excel export of a user does not wait on a cold start (reading the
 * 7 MB font, the libraries' first compile): about a second on this machine's first permit.
 */
export async function warmUpDocuments(): Promise<void> {
  const font = await loadChineseFont();
  await renderSamplePdf(font);
  await writeSampleWorkbook();
}
