import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dateRange } from '../../src/common/time';
import { MaintenanceFiguresProvider } from '../../src/maintenance/maintenance-figures.provider';
import { startTestApp, TestApp } from '../support/test-app';
import { maintenanceHelpers } from './maintenance-support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const MAX_BYTES = 4096;

function binary(
  response: { on: (event: string, listener: (chunk?: Buffer) => void) => void },
  done: (error: Error | null, body: Buffer) => void,
) {
  const chunks: Buffer[] = [];
  response.on('data', (chunk) => chunks.push(chunk!));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('maintenance exports, KPIs and attachments', () => {
  let t: TestApp;
  let h: ReturnType<typeof maintenanceHelpers>;
  const uploadDir = mkdtempSync(join(tmpdir(), 'maintenance-uploads-'));

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_DIR: uploadDir, UPLOAD_MAX_BYTES: String(MAX_BYTES) });
    h = maintenanceHelpers(t);
    await h.giveTrades('technician');
  });
  afterAll(async () => {
    await t.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  const storedFiles = () =>
    readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());

  describe('attachments', () => {
    it('stores a PDF with its checksum and gives the same bytes back', async () => {
      const ticket = await h.file('requester');
      const uploaded = await t
        .http()
        .post(`/maintenance/tickets/${ticket.id}/attachments`)
        .set(await h.as('requester'))
        .send({ fileName: '估價單.pdf', contentType: 'application/pdf', dataBase64: PDF.toString('base64') })
        .expect(201);
      expect(uploaded.body).toMatchObject({
        sizeBytes: PDF.length,
        sha256: createHash('sha256').update(PDF).digest('hex'),
      });
      const download = await t
        .http()
        .get(`/maintenance/tickets/${ticket.id}/attachments/${uploaded.body.id}`)
        .set(await h.as('coordinator'))
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
      const outsider = await h.otherAgencyUser('AGENCY-C', 'requester-c');
      await t
        .http()
        .get(`/maintenance/tickets/${ticket.id}/attachments/${uploaded.body.id}`)
        .set(await h.as(outsider))
        .expect(404);
    });

    it.each([
      [
        'too large',
        'application/pdf',
        Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]),
        'maintenance_attachment.too_large',
      ],
      ['of a type not allowed', 'text/plain', Buffer.from('hello'), 'maintenance_attachment.type_not_allowed'],
      ['not what it claims to be', 'image/png', PDF, 'maintenance_attachment.content_mismatch'],
    ])('refuses a file %s with a 400 and stores nothing', async (_case, contentType, bytes, code) => {
      const ticket = await h.file('requester');
      const before = storedFiles().length;
      const response = await t
        .http()
        .post(`/maintenance/tickets/${ticket.id}/attachments`)
        .set(await h.as('requester'))
        .send({ fileName: 'x.bin', contentType, dataBase64: bytes.toString('base64') })
        .expect(400);
      expect(response.body.code).toBe(code);
      expect(await t.sql('SELECT id FROM maintenance_ticket_attachments WHERE ticket_id = $1', [ticket.id])).toEqual(
        [],
      );
      expect(storedFiles()).toHaveLength(before);
    });
  });

  describe('exports and KPIs', () => {
    let closedId: string;

    beforeAll(async () => {
      const ticket = await h.file('requester', { title: '冷氣漏水', tradeCode: 'hvac' });
      await h.moveOk('coordinator', ticket.id, 'assign', { vendorName: '大金空調' });
      await h.moveOk('admin', ticket.id, 'start');
      await t
        .http()
        .post(`/maintenance/tickets/${ticket.id}/cost-lines`)
        .set(await h.as('coordinator'))
        .send({ kind: 'vendor', description: '委外維修', quantity: 1, unitPrice: 3200 })
        .expect(201);
      await h.moveOk('admin', ticket.id, 'resolve', { resolutionNote: '更換排水管' });
      await h.moveOk('requester', ticket.id, 'reopen', { reason: '仍在滴水' });
      await h.moveOk('admin', ticket.id, 'start');
      await h.moveOk('admin', ticket.id, 'resolve', { resolutionNote: '再次更換' });
      await h.moveOk('requester', ticket.id, 'confirm', { satisfaction: 4 });
      closedId = ticket.id;
      await h.file('requester', { title: '電燈不亮' });
    });

    it('exports the visible tickets as CSV with zh-TW headers', async () => {
      const response = await t
        .http()
        .get('/maintenance/tickets/export')
        .set(await h.as('requester'))
        .query({ format: 'csv' })
        .expect(200);
      expect(response.headers['content-type']).toContain('text/csv');
      const lines = (response.text as string)
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n');
      expect(lines[0]).toContain('案件編號,狀態,優先等級,報修機關,工種');
      expect(lines.some((line) => line.includes('冷氣漏水') && line.includes('已結案') && line.includes('空調'))).toBe(
        true,
      );
      const outsider = await h.otherAgencyUser('AGENCY-D', 'requester-d');
      const empty = await t
        .http()
        .get('/maintenance/tickets/export')
        .set(await h.as(outsider))
        .expect(200);
      expect((empty.text as string).trim().split('\n')).toHaveLength(1);
    });

    it('exports XLSX that Excel can open', async () => {
      const response = await t
        .http()
        .get('/maintenance/tickets/export')
        .set(await h.as('coordinator'))
        .query({ format: 'xlsx', status: 'closed' })
        .buffer(true)
        .parse(binary)
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body as never);
      const sheet = workbook.getWorksheet('維修案件')!;
      expect(sheet.getRow(1).getCell(1).value).toBe('案件編號');
      expect(sheet.rowCount).toBe(2);
      expect(sheet.getRow(2).getCell(8).value).toBe('冷氣漏水');
    });

    it('reports KPIs by trade with totals, and the figures for the yearly report', async () => {
      const today = new Date().toISOString().slice(0, 10);
      const period = { from: '2020-01-01', to: '2099-12-31' };
      const report = await t
        .http()
        .get('/maintenance/kpis')
        .set(await h.as('reports'))
        .query({ ...period, groupBy: 'trade' })
        .expect(200);
      const hvac = report.body.rows.find((row: { key: string }) => row.key === 'hvac');
      expect(hvac).toMatchObject({
        received: 1,
        closed: 1,
        resolved: 1,
        reopenRatePercent: 100,
        cost: 3200,
        slaCompliancePercent: 100,
      });
      const total = report.body.rows[report.body.rows.length - 1];
      expect(total.key).toBe('total');
      const [counts] = await t.sql<{ n: string }>('SELECT count(*) AS n FROM maintenance_tickets');
      expect(total.received).toBe(Number(counts.n));
      // Every open ticket was filed minutes ago: a period ending in 2099 must not age it to that day.
      const [open] = await t.sql<{ n: string }>(
        'SELECT count(*) AS n FROM maintenance_tickets WHERE resolved_at IS NULL AND closed_at IS NULL',
      );
      expect(Number(open.n)).toBeGreaterThan(0);
      expect(total.backlog).toEqual({ upTo7Days: Number(open.n), upTo30Days: 0, upTo90Days: 0, over90Days: 0 });
      await t
        .http()
        .get('/maintenance/kpis')
        .set(await h.as('requester'))
        .query(period)
        .expect(403);
      await t
        .http()
        .get('/maintenance/kpis')
        .set(await h.as('reports'))
        .query({ from: today, to: '2000-01-01' })
        .expect(400);

      const provider = t.app.get(MaintenanceFiguresProvider);
      const valuesOf = async (from: string, to: string) =>
        Object.fromEntries(
          (await provider.figuresFor(dateRange(from, to))).map((figure) => [figure.key, figure.value]),
        );
      expect(await valuesOf('2020-01-01', '2099-12-31')).toMatchObject({
        'maintenance.received': Number(counts.n),
        'maintenance.closed': 1,
      });
      expect(await valuesOf('2020-01-01', '2020-12-31')).toMatchObject({
        'maintenance.received': 0,
        'maintenance.closed': 0,
        'maintenance.backlog': 0,
      });
      expect(closedId).toBeDefined();
    });
  });
});
