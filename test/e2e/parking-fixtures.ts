import jsQR from 'jsqr';
import { DateTime } from 'luxon';
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import type { Response } from 'supertest';
import { ParkingLotsService } from '../../src/parking/lots/parking-lots.service';
import { TestApp } from '../support/test-app';

/** A Taipei date `offset` days from today, `YYYY-MM-DD`. */
export function taipeiDay(offset = 0): string {
  return DateTime.now().setZone('Asia/Taipei').plus({ days: offset }).toISODate()!;
}

export interface ParkingContext {
  admin: string;
  officer: string;
  officerId: string;
  financeId: string;
}

/** Seeds the lots and makes the demo parking officer an officer of SW. */
export async function setUpParking(t: TestApp): Promise<ParkingContext> {
  await t.app.get(ParkingLotsService).seedLots();
  const admin = await t.login('admin');
  const officer = await t.login('parking');
  const [{ id: officerId }] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE username = 'parking'`);
  const [{ id: financeId }] = await t.sql<{ id: string }>(`SELECT id FROM agencies WHERE code = 'FINANCE'`);
  await t.http().put(`/parking/lots/SW/officers/${officerId}`).auth(admin, { type: 'bearer' }).expect(200);
  return { admin, officer, officerId, financeId };
}

export function permitInput(context: ParkingContext, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    lotCode: 'SW',
    plate: 'ABC-1235',
    vehicleType: 'car',
    visitorName: '林大華',
    visitorPhone: '0912-345-678',
    agencyVisitedId: context.financeId,
    purpose: '出席預算審查會議',
    validFrom: taipeiDay(0),
    validTo: taipeiDay(0),
    ...overrides,
  };
}

export async function setCapacity(
  t: TestApp,
  context: ParkingContext,
  lotCode: string,
  dailyCapacity: number,
): Promise<void> {
  const lots = await t.http().get('/parking/lots').auth(context.admin, { type: 'bearer' }).expect(200);
  const lot = (lots.body as { code: string; version: number }[]).find((candidate) => candidate.code === lotCode)!;
  await t
    .http()
    .patch(`/parking/lots/${lotCode}`)
    .auth(context.admin, { type: 'bearer' })
    .send({ dailyCapacity, version: lot.version })
    .expect(200);
}

/** supertest parser that keeps a binary body (the PDF) as a Buffer. */
export function binaryParser(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const stream = response as unknown as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** Finds the image XObjects of a PDF, decodes them to RGBA and returns the first QR code's text. */
export async function qrTextOf(pdf: Buffer): Promise<string | null> {
  const document = await PDFDocument.load(pdf);
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || object.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const width = (object.dict.get(PDFName.of('Width')) as PDFNumber).asNumber();
    const height = (object.dict.get(PDFName.of('Height')) as PDFNumber).asNumber();
    if (object.dict.get(PDFName.of('DecodeParms')))
      throw new Error('PNG-predicted image streams are not handled by this helper');
    const pixels = inflateSync(object.contents);
    const channels = pixels.length / (width * height);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let index = 0; index < width * height; index++) {
      for (let channel = 0; channel < 3; channel++)
        rgba[index * 4 + channel] = pixels[index * channels + (channels === 1 ? 0 : channel)];
      rgba[index * 4 + 3] = 255;
    }
    const code = jsQR(rgba, width, height);
    if (code) return code.data;
  }
  return null;
}
