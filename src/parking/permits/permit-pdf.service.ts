import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { chineseFont } from '../../common/pdf/chinese-font';
import { VEHICLE_TYPE_LABELS } from '../../common/plates/taiwan-plate';
import { formatRocDate, formatRocDateTime } from '../../common/time';
import { ParkingLot } from '../lots/parking-lot.entity';
import { ParkingPermit, PERMIT_STATUS_LABELS } from './parking-permit.entity';
import { dayStart } from './permit-days';

const MARGIN = 22;
const QR_SIZE = 118;

export interface PrintablePermit {
  permit: ParkingPermit;
  lot: ParkingLot;
  agencyName: string;
  verificationUrl: string;
}

/**
 * The printable A6 permit: lot, serial, plate, validity in ROC dates, agency visited and a QR code
 * of the verification URL. Noto Sans TC comes from npm, so the Chinese prints on any machine.
 */
@Injectable()
export class PermitPdfService {
  async render({ permit, lot, agencyName, verificationUrl }: PrintablePermit): Promise<Buffer> {
    const qr = await QRCode.toBuffer(verificationUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 6 });
    const document = new PDFDocument({
      size: 'A6',
      margin: MARGIN,
      info: { Title: `公務臨時停車證 ${permit.serial}`, Author: lot.name },
    });
    const done = new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      document.on('data', (chunk: Buffer) => chunks.push(chunk));
      document.on('end', () => resolve(Buffer.concat(chunks)));
      document.on('error', reject);
    });
    document.registerFont('tc', chineseFont());
    const width = document.page.width - 2 * MARGIN;
    document.font('tc').fontSize(17).text('公務臨時停車證', { align: 'center', width });
    document.fontSize(11).text(lot.name, { align: 'center', width });
    document.moveDown(0.4).fontSize(10).text(`證號 ${permit.serial}`, { align: 'center', width });
    document.moveDown(0.3).fontSize(30).text(permit.plate, { align: 'center', width, characterSpacing: 1 });
    document.fontSize(10).text(VEHICLE_TYPE_LABELS[permit.vehicleType], { align: 'center', width });
    document.moveDown(0.5).fontSize(10);
    const validity =
      permit.validFrom === permit.validTo
        ? formatRocDate(dayStart(permit.validFrom))
        : `${formatRocDate(dayStart(permit.validFrom))} 至 ${formatRocDate(dayStart(permit.validTo))}`;
    document.text(`有效日期：${validity}`, { width });
    document.text(`開放時間：${lot.opensAt.slice(0, 5)}–${lot.closesAt.slice(0, 5)}`, { width });
    document.text(`洽公機關：${agencyName}`, { width });
    if (permit.status !== 'active')
      document.fillColor('#b00020').text(`狀態：${PERMIT_STATUS_LABELS[permit.status]}`, { width }).fillColor('black');
    const qrTop = document.page.height - MARGIN - QR_SIZE - 26;
    document.image(qr, (document.page.width - QR_SIZE) / 2, qrTop, { width: QR_SIZE, height: QR_SIZE });
    document.fontSize(7).text(`掃描查驗 · 核發 ${formatRocDateTime(permit.issuedAt)}`, MARGIN, qrTop + QR_SIZE + 4, {
      align: 'center',
      width,
    });
    document.end();
    return done;
  }
}
