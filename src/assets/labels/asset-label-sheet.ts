import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { chineseFont } from '../../common/pdf/chinese-font';

/** What one label prints. */
export interface AssetLabel {
  propertyNumber: string;
  name: string;
  custodian: string;
  agencyName: string;
  kindLabel: string;
  /** ROC date, e.g. `107/03/15`. */
  acquiredOn: string;
}

/** The common 24-up A4 label sheet: 3 columns × 8 rows of 70 × 37 mm labels, no margins. */
const COLUMNS = 3;
const ROWS = 8;
const PER_PAGE = COLUMNS * ROWS;
const PADDING = 8;
const QR_SIZE = 78;

/**
 * A printable A4 sheet of asset labels: each with the agency, property number, name, custodian
 * and a QR code of the property number, which the stocktake page scans. Faint cut lines frame
 * each label so a sheet printed on plain paper can be cut too.
 */
export async function assetLabelSheet(labels: AssetLabel[]): Promise<Buffer> {
  const qrCodes = await Promise.all(
    labels.map((label) =>
      QRCode.toBuffer(label.propertyNumber, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4 }),
    ),
  );
  const document = new PDFDocument({ size: 'A4', margin: 0, info: { Title: '財產標籤', Author: '財產管理' } });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.registerFont('tc', chineseFont());
  document.font('tc');
  const width = document.page.width / COLUMNS;
  const height = document.page.height / ROWS;
  labels.forEach((label, index) => {
    if (index > 0 && index % PER_PAGE === 0) document.addPage();
    const slot = index % PER_PAGE;
    const x = (slot % COLUMNS) * width;
    const y = Math.floor(slot / COLUMNS) * height;
    document.rect(x, y, width, height).lineWidth(0.3).stroke('#bbbbbb');
    document.image(qrCodes[index], x + PADDING, y + (height - QR_SIZE) / 2, { width: QR_SIZE, height: QR_SIZE });
    const textX = x + PADDING + QR_SIZE + 6;
    const textWidth = width - (textX - x) - PADDING;
    const line = (text: string, size: number, gap = 3) =>
      document
        .fontSize(size)
        .text(text, { width: textWidth, lineBreak: false, ellipsis: true })
        .moveDown(gap / size);
    document
      .fillColor('black')
      .fontSize(8)
      .text(`${label.agencyName} ${label.kindLabel}標籤`, textX, y + PADDING + 4, {
        width: textWidth,
        lineBreak: false,
        ellipsis: true,
      });
    document.moveDown(0.3);
    line(label.propertyNumber, 9);
    line(label.name, 10);
    line(`保管人：${label.custodian}`, 8);
    line(`取得日期：${label.acquiredOn}`, 8);
  });
  document.end();
  return done;
}
