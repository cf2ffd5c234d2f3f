import { Workbook } from 'exceljs';
import { startTestApp, TestApp } from '../support/test-app';
import { decide, fileLine, openRound, ReviewContext, setUpReviews, taipeiDay } from './vehicle-reviews-fixtures';

const BOOT_TIMEOUT_MS = 60_000;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

describe('the vehicle-purchase pre-review', () => {
  let t: TestApp;
  let c: ReviewContext;

  beforeAll(async () => {
    t = await startTestApp();
    c = await setUpReviews(t);
  }, BOOT_TIMEOUT_MS);
  afterAll(() => t.close());

  describe('rounds', () => {
    it('are opened by the office, one per budget year; agencies may read but not open them', async () => {
      const round = await openRound(t, c.office, { budgetYear: 120 });
      expect(round).toMatchObject({ budgetYear: 120, ceilingAmount: 50_000_000, approvedTotal: 0, filingOpen: true });
      const again = await t
        .http()
        .post('/vehicle-reviews/rounds')
        .auth(c.office, { type: 'bearer' })
        .send({ budgetYear: 120, deadline: taipeiDay(10), ceilingAmount: 1 })
        .expect(409);
      expect(again.body).toMatchObject({
        code: 'vehicle_reviews.round_exists',
        details: { fields: [expect.objectContaining({ field: 'budgetYear' })] },
      });
      await t
        .http()
        .post('/vehicle-reviews/rounds')
        .auth(c.finance, { type: 'bearer' })
        .send({ budgetYear: 121, deadline: taipeiDay(10), ceilingAmount: 1 })
        .expect(403);
      const listed = await t.http().get('/vehicle-reviews/rounds').auth(c.finance, { type: 'bearer' }).expect(200);
      expect(listed.body.map((row: { budgetYear: number }) => row.budgetYear)).toContain(120);
      const requester = await t.login('requester');
      await t.http().get('/vehicle-reviews/rounds').auth(requester, { type: 'bearer' }).expect(403);
      const [audit] = await t.sql(
        `SELECT action FROM audit_entries WHERE entity_type = 'vehicle_review_round' AND entity_id = $1`,
        [round.id],
      );
      expect(audit).toEqual({ action: 'open' });
    });

    it('refuse lines after their deadline', async () => {
      const round = await openRound(t, c.office, { budgetYear: 122, deadline: taipeiDay(-1) });
      expect(round.filingOpen).toBe(false);
      const response = await t
        .http()
        .post(`/vehicle-reviews/rounds/${round.id}/lines`)
        .auth(c.finance, { type: 'bearer' })
        .send({ kind: 'car', purpose: '逾期申請', quantity: 1, unitPrice: 1, reason: '逾期' })
        .expect(422);
      expect(response.body.code).toBe('vehicle_reviews.filing_closed');
    });
  });

  describe('request lines', () => {
    it('are filed by an agency admin for their own agency, with attachments, and hidden from other agencies', async () => {
      const round = await openRound(t, c.office, { budgetYear: 123 });
      const line = await fileLine(t, c.finance, round.id, {
        attachments: [{ fileName: '報價單.pdf', contentType: 'application/pdf', dataBase64: PDF }],
      });
      expect(line).toMatchObject({
        agencyName: '財政局',
        agencyGroup: 'others',
        kindLabel: '汽車',
        replacedPlate: 'AB-1234',
        requestedAmount: 900_000,
        state: 'filed',
        stateLabel: '待審查',
        rank: 2,
        rankLabel: '逾齡車輛汰換',
        overAge: true,
        attachments: [expect.objectContaining({ fileName: '報價單.pdf', contentType: 'application/pdf' })],
      });
      const attachmentId = (line.attachments as { id: string }[])[0].id;
      const file = await t
        .http()
        .get(`/vehicle-reviews/lines/${line.id}/attachments/${attachmentId}`)
        .auth(c.office, { type: 'bearer' })
        .expect(200);
      expect(Buffer.from(file.body as Buffer).toString('base64')).toBe(PDF);

      await t.http().get(`/vehicle-reviews/lines/${line.id}`).auth(c.police, { type: 'bearer' }).expect(404);
      await t
        .http()
        .get(`/vehicle-reviews/lines/${line.id}/attachments/${attachmentId}`)
        .auth(c.police, { type: 'bearer' })
        .expect(404);
      const policeList = await t
        .http()
        .get(`/vehicle-reviews/rounds/${round.id}/lines`)
        .auth(c.police, { type: 'bearer' })
        .expect(200);
      expect(policeList.body).toEqual([]);
      const requester = await t.login('requester');
      await t
        .http()
        .post(`/vehicle-reviews/rounds/${round.id}/lines`)
        .auth(requester, { type: 'bearer' })
        .send({ kind: 'car', purpose: '申請', quantity: 1, unitPrice: 1, reason: '理由' })
        .expect(403);
      const audits = await t.sql<{ entity_type: string; action: string }>(
        `SELECT entity_type, action FROM audit_entries WHERE entity_type LIKE 'vehicle_request_%' ORDER BY id`,
      );
      expect(audits).toEqual([
        { entity_type: 'vehicle_request_line', action: 'file' },
        { entity_type: 'vehicle_request_attachment', action: 'upload' },
      ]);
    });

    it('refuse a bad request with the field named', async () => {
      const round = await openRound(t, c.office, { budgetYear: 124 });
      const response = await t
        .http()
        .post(`/vehicle-reviews/rounds/${round.id}/lines`)
        .auth(c.finance, { type: 'bearer' })
        .send({ kind: 'bus', purpose: ' ', quantity: 0, unitPrice: 1.5, reason: '理由' })
        .expect(400);
      const fields = (response.body.details.fields as { field: string }[]).map((entry) => entry.field).sort();
      expect(fields).toEqual(['kind', 'purpose', 'quantity', 'unitPrice']);
    });

    it('reach the office in the ranking order of config: over-age police and fire special vehicles first', async () => {
      const round = await openRound(t, c.office, { budgetYear: 125 });
      await fileLine(t, c.finance, round.id, { purpose: '一般公務車', replacedAgeYears: 3, replacedKm: 40000 });
      await fileLine(t, c.finance, round.id, { kind: 'lease_renewal', purpose: '續租', replacedAgeYears: undefined });
      await fileLine(t, c.police, round.id, { kind: 'special_vehicle', purpose: '新警備車', replacedAgeYears: 4 });
      await fileLine(t, c.finance, round.id, { purpose: '逾齡車', replacedAgeYears: 11 });
      await fileLine(t, c.police, round.id, { kind: 'special_vehicle', purpose: '逾齡警備車', replacedAgeYears: 13 });
      const office = await t
        .http()
        .get(`/vehicle-reviews/rounds/${round.id}/lines`)
        .auth(c.office, { type: 'bearer' })
        .expect(200);
      expect(office.body.map((line: { purpose: string; rank: number }) => [line.rank, line.purpose])).toEqual([
        [1, '逾齡警備車'],
        [2, '逾齡車'],
        [3, '續租'],
        [4, '新警備車'],
        [4, '一般公務車'],
      ]);
      const finance = await t
        .http()
        .get(`/vehicle-reviews/rounds/${round.id}/lines`)
        .auth(c.finance, { type: 'bearer' })
        .expect(200);
      expect(finance.body.map((line: { purpose: string }) => line.purpose)).toEqual(['逾齡車', '續租', '一般公務車']);
    });
  });

  describe('decisions', () => {
    it('approve for less than asked, defer, reject with a reason, and move the round total by each change', async () => {
      const round = await openRound(t, c.office, { budgetYear: 126, ceilingAmount: 3_000_000 });
      const line = await fileLine(t, c.police, round.id, {
        kind: 'special_vehicle',
        quantity: 2,
        unitPrice: 1_500_000,
      });
      await decide(t, c.finance, line, { decision: 'approve', approvedAmount: 1 }).expect(403);
      const approved = await decide(t, c.office, line, { decision: 'approve', approvedAmount: 2_800_000 }).expect(200);
      expect(approved.body).toMatchObject({ state: 'approved', approvedAmount: 2_800_000, approvedQuantity: 2 });
      const seen = await t
        .http()
        .get(`/vehicle-reviews/lines/${line.id}`)
        .auth(c.police, { type: 'bearer' })
        .expect(200);
      expect(seen.body).toMatchObject({ stateLabel: '核列', approvedAmount: 2_800_000 });

      const missingReason = await decide(t, c.office, approved.body, { decision: 'reject' }).expect(422);
      expect(missingReason.body.details.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
      const missingAmount = await decide(t, c.office, approved.body, { decision: 'approve' }).expect(422);
      expect(missingAmount.body.details.fields).toEqual([expect.objectContaining({ field: 'approvedAmount' })]);
      const overRequest = await decide(t, c.office, approved.body, {
        decision: 'approve',
        approvedAmount: 3_000_000,
        approvedQuantity: 3,
      }).expect(422);
      expect(overRequest.body).toMatchObject({
        code: 'vehicle_reviews.approved_quantity_above_request',
        details: { fields: [expect.objectContaining({ field: 'approvedQuantity' })] },
      });
      const stale = await decide(t, c.office, line, { decision: 'defer' }).expect(409);
      expect(stale.body.code).toBe('vehicle_request_line.stale_version');

      const deferred = await decide(t, c.office, approved.body, { decision: 'defer' }).expect(200);
      expect(deferred.body).toMatchObject({ state: 'deferred', approvedAmount: null });
      const [afterDefer] = await t.sql(`SELECT approved_total::int AS total FROM vehicle_review_rounds WHERE id = $1`, [
        round.id,
      ]);
      expect(afterDefer).toEqual({ total: 0 });
      const rejected = await decide(t, c.office, deferred.body, { decision: 'reject', reason: '預算不足' }).expect(200);
      expect(rejected.body).toMatchObject({ state: 'rejected', stateLabel: '不予核列', decisionReason: '預算不足' });
      const actions = await t.sql<{ action: string }>(
        `SELECT action FROM audit_entries WHERE entity_type = 'vehicle_request_line' AND entity_id = $1 ORDER BY id`,
        [line.id],
      );
      expect(actions.map((row) => row.action)).toEqual(['file', 'approve', 'defer', 'reject']);
    });

    it('refuse an approval above the ceiling with 409 naming approvedAmount and what remains', async () => {
      const round = await openRound(t, c.office, { budgetYear: 127, ceilingAmount: 2_000_000 });
      const first = await fileLine(t, c.finance, round.id, { unitPrice: 1_500_000 });
      const second = await fileLine(t, c.finance, round.id, { unitPrice: 1_500_000 });
      await decide(t, c.office, first, { decision: 'approve', approvedAmount: 1_500_000 }).expect(200);
      const refused = await decide(t, c.office, second, { decision: 'approve', approvedAmount: 600_000 }).expect(409);
      expect(refused.body).toMatchObject({
        code: 'vehicle_reviews.ceiling_exceeded',
        details: {
          fields: [
            {
              field: 'approvedAmount',
              code: 'vehicle_reviews.ceiling_exceeded',
              params: { ceilingAmount: 2_000_000, approvedTotal: 1_500_000, remaining: 500_000 },
            },
          ],
        },
      });
      await decide(t, c.office, second, { decision: 'approve', approvedAmount: 500_000 }).expect(200);

      const lowered = await t
        .http()
        .patch(`/vehicle-reviews/rounds/${round.id}`)
        .auth(c.office, { type: 'bearer' })
        .send({ ceilingAmount: 1_999_999, version: round.version })
        .expect(409);
      expect(lowered.body).toMatchObject({
        code: 'vehicle_reviews.ceiling_below_approved',
        details: {
          fields: [expect.objectContaining({ field: 'ceilingAmount', params: { approvedTotal: 2_000_000 } })],
        },
      });
    });

    it('cannot overshoot the ceiling even by a write that skips the service: PostgreSQL refuses it', async () => {
      const round = await openRound(t, c.office, { budgetYear: 128, ceilingAmount: 100 });
      await expect(
        t.sql(`UPDATE vehicle_review_rounds SET approved_total = 101 WHERE id = $1`, [round.id]),
      ).rejects.toThrow(/ck_vehicle_review_rounds_within_ceiling/);
    });

    it('let 20 simultaneous approvals take exactly what the ceiling allows, and the total is the sum of the lines', async () => {
      const round = await openRound(t, c.office, { budgetYear: 129, ceilingAmount: 7_500_000 });
      const lines = [];
      for (let index = 0; index < 20; index++)
        lines.push(await fileLine(t, index % 2 ? c.police : c.finance, round.id, { unitPrice: 1_000_000 }));
      const responses = await Promise.all(
        lines.map((line) => decide(t, c.office, line, { decision: 'approve', approvedAmount: 1_000_000 })),
      );
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([...Array(7).fill(200), ...Array(13).fill(409)]);
      expect(new Set(responses.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(
        new Set(['vehicle_reviews.ceiling_exceeded']),
      );
      const [check] = await t.sql(
        `SELECT r.approved_total::int AS total, r.ceiling_amount::int AS ceiling,
                (SELECT coalesce(sum(approved_amount), 0)::int FROM vehicle_request_lines WHERE round_id = r.id) AS lines,
                (SELECT count(*)::int FROM vehicle_request_lines WHERE round_id = r.id AND state = 'approved') AS approved
           FROM vehicle_review_rounds r WHERE r.id = $1`,
        [round.id],
      );
      expect(check).toEqual({ total: 7_000_000, ceiling: 7_500_000, lines: 7_000_000, approved: 7 });
    }, 120_000);
  });

  describe('the summary', () => {
    it('counts by kind and agency group, writes the report sentence, downloads as XLSX and joins the figures', async () => {
      const round = await openRound(t, c.office, { budgetYear: 130, ceilingAmount: 600_000_000 });
      const decisions: [string, Record<string, unknown>, number][] = [
        [c.police, { kind: 'special_vehicle', quantity: 4, unitPrice: 11_000_000 }, 40_930_000],
        [c.finance, { kind: 'car', quantity: 2, unitPrice: 10_000_000 }, 19_340_000],
        [c.finance, { kind: 'motorcycle', quantity: 3, unitPrice: 100_000 }, 0],
        [c.finance, { kind: 'lease_renewal', quantity: 5, unitPrice: 2_100_000 }, 10_131_000],
      ];
      for (const [token, input, amount] of decisions) {
        const line = await fileLine(t, token, round.id, input);
        if (amount) await decide(t, c.office, line, { decision: 'approve', approvedAmount: amount }).expect(200);
      }
      const response = await t
        .http()
        .get(`/vehicle-reviews/rounds/${round.id}/summary`)
        .auth(c.office, { type: 'bearer' })
        .expect(200);
      expect(response.body.byKind).toEqual([
        expect.objectContaining({
          kind: 'car',
          approvedQuantity: 2,
          approvedAmount: 19_340_000,
          requestedAmount: 20_000_000,
        }),
        expect.objectContaining({ kind: 'motorcycle', lines: 1, approvedQuantity: 0, approvedAmount: 0 }),
        expect.objectContaining({ kind: 'special_vehicle', approvedQuantity: 4, approvedAmount: 40_930_000 }),
        expect.objectContaining({ kind: 'lease_renewal', approvedQuantity: 5, approvedAmount: 10_131_000 }),
      ]);
      expect(response.body.byGroup).toEqual([
        { group: 'police', label: '警政', approvedQuantity: 4, approvedAmount: 40_930_000, sharePercent: 67.91 },
        { group: 'fire', label: '消防', approvedQuantity: 0, approvedAmount: 0, sharePercent: 0 },
        { group: 'others', label: '其他機關', approvedQuantity: 2, approvedAmount: 19_340_000, sharePercent: 32.09 },
      ]);
      expect(response.body).toMatchObject({
        approvedQuantity: 11,
        approvedAmount: 70_401_000,
        approvedAmountInTenThousands: '7,040.1',
        sentence:
          '辦理130年度購置公務車輛先期審查作業，共計核列汽車2輛、機車0輛、特種車4輛及續租5輛等，經費合計7,040.1萬元',
      });
      await t.http().get(`/vehicle-reviews/rounds/${round.id}/summary`).auth(c.finance, { type: 'bearer' }).expect(403);

      const download = await t
        .http()
        .get(`/vehicle-reviews/rounds/${round.id}/summary/export`)
        .auth(c.office, { type: 'bearer' })
        .buffer(true)
        .parse((res, callback) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => callback(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const workbook = new Workbook();
      await workbook.xlsx.load(download.body as never);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['核列統計', '機關類別', '申請明細']);
      expect(workbook.getWorksheet('核列統計')!.getRow(2).values).toEqual([
        undefined,
        '汽車',
        1,
        2,
        20_000_000,
        2,
        19_340_000,
      ]);
      expect(workbook.getWorksheet('申請明細')!.rowCount).toBe(5);

      const viewer = await t.login('reports');
      const figures = await t
        .http()
        .get(`/figures?from=${taipeiDay(0)}&to=${taipeiDay(40)}`)
        .auth(viewer, { type: 'bearer' })
        .expect(200);
      const section = (figures.body.sections as { key: string; figures: { key: string; sentence: string }[] }[]).find(
        (candidate) => candidate.key === 'vehicle_reviews',
      )!;
      expect(section.figures.find((figure) => figure.key === 'vehicle_reviews.approved.130')?.sentence).toBe(
        response.body.sentence,
      );
    });
  });
});
