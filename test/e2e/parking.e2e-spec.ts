import { dateRange } from '../../src/common/time';
import { JobsService } from '../../src/jobs/jobs.service';
import { ParkingFiguresService } from '../../src/parking/figures/parking-figures.service';
import { startTestApp, TestApp } from '../support/test-app';
import { binaryParser, ParkingContext, permitInput, qrTextOf, setUpParking, taipeiDay } from './parking-fixtures';

const PUBLIC_BASE = 'https://parking.example.gov.tw';
// The e2e project's testTimeout does not reach hooks on a busy machine; booting can take longer.
const BOOT_TIMEOUT_MS = 60_000;

describe('parking permits', () => {
  let t: TestApp;
  let context: ParkingContext;
  const asOfficer = (request: ReturnType<ReturnType<TestApp['http']>['get']>) =>
    request.auth(context.officer, { type: 'bearer' });
  const issue = (overrides: Record<string, unknown> = {}) =>
    t.http().post('/parking/permits').auth(context.officer, { type: 'bearer' }).send(permitInput(context, overrides));

  beforeAll(async () => {
    t = await startTestApp({ PARKING_PUBLIC_BASE_URL: PUBLIC_BASE });
    context = await setUpParking(t);
  }, BOOT_TIMEOUT_MS);
  afterAll(() => t.close());

  it('issues, prints, verifies, revokes and then verifies as invalid', async () => {
    const issued = await issue({ plate: ' abc 1235 ' }).expect(201);
    expect(issued.body).toMatchObject({
      plate: 'ABC-1235',
      status: 'active',
      validFrom: taipeiDay(0),
      validTo: taipeiDay(0),
    });
    expect(issued.body.serial).toMatch(/^SW\d{3}-00001$/);
    const url = issued.body.verificationUrl as string;
    const token = url.split('/').pop()!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(url).toBe(`${PUBLIC_BASE}/parking/verify/${token}`);
    expect(url).not.toContain(issued.body.serial);

    const printed = await asOfficer(t.http().get(`/parking/permits/${issued.body.id}/pdf`))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(printed.headers['content-type']).toBe('application/pdf');
    const pdf = printed.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await qrTextOf(pdf)).toBe(url);

    const path = new URL(url).pathname;
    const valid = await t.http().get(path).expect(200);
    expect(valid.body).toEqual({
      valid: true,
      statusLabel: '有效',
      lotCode: 'SW',
      lotName: '四維行政中心停車場',
      plate: 'ABC-1235',
      validFrom: taipeiDay(0),
      validTo: taipeiDay(0),
      validity: expect.stringMatching(/^\d{3}年\d{1,2}月\d{1,2}日 至 \d{3}年\d{1,2}月\d{1,2}日$/),
    });
    expect(JSON.stringify(valid.body)).not.toMatch(/林大華|0912/);

    const revoked = await t
      .http()
      .post(`/parking/permits/${issued.body.id}/revoke`)
      .auth(context.officer, { type: 'bearer' })
      .send({ reason: '會議取消', version: issued.body.version })
      .expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revocationReason: '會議取消' });
    const invalid = await t.http().get(path).expect(200);
    expect(invalid.body).toMatchObject({ valid: false, statusLabel: '已撤銷', plate: 'ABC-1235' });
    await t
      .http()
      .post(`/parking/permits/${issued.body.id}/revoke`)
      .auth(context.officer, { type: 'bearer' })
      .send({ reason: 'again', version: revoked.body.version })
      .expect(409);

    const [day] = await t.sql<{ issued: number }>(
      `SELECT issued FROM parking_lot_days d JOIN parking_lots l ON l.id = d.lot_id WHERE l.code = 'SW' AND day = $1`,
      [taipeiDay(0)],
    );
    expect(day.issued).toBe(0);
    const audit = await t.sql<{ action: string; after: Record<string, unknown> }>(
      `SELECT action, after FROM audit_entries WHERE entity_id = $1 ORDER BY id`,
      [issued.body.id],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['issue', 'revoke']);
    expect(JSON.stringify(audit)).not.toMatch(/林大華|0912|verificationToken/);
  });

  it('answers an unknown or malformed token with 404', async () => {
    await t
      .http()
      .get(`/parking/verify/${'A'.repeat(32)}`)
      .expect(404);
    await t.http().get('/parking/verify/not-a-token').expect(404);
  });

  it.each([
    ['AB-12-34', 'car', 'plate.form', /not a Taiwan plate/],
    ['ABCD-1235', 'car', 'plate.form', /not a Taiwan plate/],
    ['ABC-12', 'car', 'plate.form', /not a Taiwan plate/],
    ['AB1C-235', 'car', 'plate.form', /not a Taiwan plate/],
    // The 2012 scheme never issues I, O nor 4.
    ['ABC-1234', 'car', 'plate.form', /not a Taiwan plate/],
    ['AIC-1235', 'motorcycle', 'plate.form', /not a Taiwan plate/],
    ['FA2233', 'motorcycle', 'plate.ambiguous', /FA-2233 or FA2-233/],
    ['KAQ-230', 'car', 'plate.vehicle_type', /not a car plate/],
    ['--', 'car', 'plate.empty', /empty/],
  ])('refuses the plate %p for a %s with a clear 400 naming the rule %s', async (plate, vehicleType, rule, reason) => {
    const response = await issue({ plate, vehicleType }).expect(400);
    expect(response.body.code).toBe('parking.invalid_plate');
    expect(response.body.message).toMatch(reason);
    expect(response.body.details.fields).toEqual([expect.objectContaining({ field: 'plate', code: rule })]);
  });

  it.each([
    ['MAN-1111', 'motorcycle'],
    ['EMA-1235', 'motorcycle'],
    ['KAQ-230', 'large'],
    ['XA-032', 'trailer'],
    ['F2-2233', 'car'],
    ['2F-2233', 'car'],
    ['FA2-233', 'motorcycle'],
    ['FA-233', 'car'],
    ['233-FA', 'car'],
    ['FA-23', 'trailer'],
    ['23-FA', 'trailer'],
  ])('issues a permit to the %s plate of a %s', async (plate, vehicleType) => {
    const response = await issue({ plate, vehicleType }).expect(201);
    expect(response.body).toMatchObject({ plate, vehicleType });
  });

  it.each([
    ['ends before it starts', { validFrom: taipeiDay(2), validTo: taipeiDay(1) }, /before validFrom/],
    ['starts in the past', { validFrom: taipeiDay(-1), validTo: taipeiDay(0) }, /in the past/],
    [
      'is longer than the maximum',
      { validFrom: taipeiDay(1), validTo: taipeiDay(8) },
      /covers 8 days; a permit covers at most 7/,
    ],
    ['starts too far ahead', { validFrom: taipeiDay(91), validTo: taipeiDay(91) }, /more than 90 days ahead/],
    ['names a day that does not exist', { validFrom: '2031-02-30', validTo: '2031-02-30' }, /is not a date/],
  ])('refuses a window that %s with a clear 400', async (_, window, reason) => {
    const response = await issue({ plate: 'WAN-0001', ...window }).expect(400);
    expect(response.body.code).toBe('parking.invalid_window');
    expect(response.body.message).toMatch(reason);
  });

  it('refuses a malformed date as a validation error', async () => {
    const response = await issue({ validFrom: '115/11/23' }).expect(400);
    expect(response.body).toMatchObject({
      code: 'validation.failed',
      details: { fields: [{ field: 'validFrom', code: 'matches' }] },
    });
  });

  it('refuses an overlapping permit for the same plate with the existing serial, and the refusal costs no serial', async () => {
    const first = await issue({ plate: 'QVL-1000', validFrom: taipeiDay(1), validTo: taipeiDay(3) }).expect(201);
    const clash = await issue({ plate: 'qvl1000', validFrom: taipeiDay(3), validTo: taipeiDay(4) }).expect(409);
    expect(clash.body).toMatchObject({
      code: 'parking.plate_overlap',
      details: { plate: 'QVL-1000', existingSerial: first.body.serial },
    });
    expect(clash.body.message).toContain(first.body.serial);
    const next = await issue({ plate: 'QVL-1000', validFrom: taipeiDay(4), validTo: taipeiDay(4) }).expect(201);
    expect(Number(next.body.serial.slice(-5))).toBe(Number(first.body.serial.slice(-5)) + 1);
  });

  it('keeps agencies and lots apart', async () => {
    const requester = await t.login('requester');
    await t
      .http()
      .post('/parking/permits')
      .auth(requester, { type: 'bearer' })
      .send(permitInput(context, { plate: 'REQ-0001' }))
      .expect(403);
    await t.http().get('/parking/permits').auth(requester, { type: 'bearer' }).expect(403);

    const refused = await issue({ lotCode: 'FS', plate: 'FSX-0001' }).expect(403);
    expect(refused.body.code).toBe('parking.not_lot_officer');

    const agency = await t
      .http()
      .post('/agencies')
      .auth(context.admin, { type: 'bearer' })
      .send({ code: 'PARK-OTHER', name: '他機關' })
      .expect(201);
    await t
      .http()
      .post('/users')
      .auth(context.admin, { type: 'bearer' })
      .send({
        username: 'fs.officer',
        displayName: '鳳山停車',
        agencyId: agency.body.id,
        roles: ['parking_officer'],
        password: 'fs-officer-password',
      })
      .expect(201);
    const [{ id: fsOfficerId }] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE username = 'fs.officer'`);
    await t.http().put(`/parking/lots/FS/officers/${fsOfficerId}`).auth(context.admin, { type: 'bearer' }).expect(200);
    const fsOfficer = await t.login('fs.officer', 'fs-officer-password');
    const swPermit = await issue({ plate: 'ZSQ-0001' }).expect(201);
    await t.http().get(`/parking/permits/${swPermit.body.id}`).auth(fsOfficer, { type: 'bearer' }).expect(404);
    await t.http().get(`/parking/permits/${swPermit.body.id}/pdf`).auth(fsOfficer, { type: 'bearer' }).expect(404);
    await t
      .http()
      .post(`/parking/permits/${swPermit.body.id}/revoke`)
      .auth(fsOfficer, { type: 'bearer' })
      .send({ reason: 'x', version: 1 })
      .expect(404);
    const list = await t.http().get('/parking/permits').auth(fsOfficer, { type: 'bearer' }).expect(200);
    expect(list.body.items).toEqual([]);
    await t
      .http()
      .post('/parking/permits')
      .auth(fsOfficer, { type: 'bearer' })
      .send(permitInput(context, { lotCode: 'FS', plate: 'FSX-0001' }))
      .expect(201);
  });

  it('issues a meeting list all or nothing, naming each refused line', async () => {
    const visit = {
      lotCode: 'SW',
      agencyVisitedId: context.financeId,
      purpose: '市政會議',
      validFrom: taipeiDay(5),
      validTo: taipeiDay(6),
    };
    const vehicle = (plate: string, vehicleType = 'car') => ({ plate, vehicleType, visitorName: '來賓' });
    const bulk = (vehicles: object[]) =>
      t
        .http()
        .post('/parking/permits/bulk')
        .auth(context.officer, { type: 'bearer' })
        .send({ ...visit, vehicles });
    const countBefore = (await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM parking_permits'))[0].count;

    const badLines = await bulk([
      vehicle('MTG-0001'),
      vehicle('MTG-12'),
      vehicle('mtg 0001'),
      vehicle('MTG-123', 'motorcycle'),
    ]).expect(400);
    expect(badLines.body.code).toBe('parking.bulk_refused');
    expect(badLines.body.details.lines).toEqual([
      {
        line: 2,
        plate: 'MTG-12',
        code: 'plate.form',
        message: expect.stringMatching(/not a Taiwan plate/),
        params: { text: 'MTG-12' },
      },
      { line: 3, plate: 'MTG-0001', code: 'parking.duplicate_plate', message: 'MTG-0001 is already on line 1' },
    ]);

    const holder = await issue({ plate: 'MTG-0002', validFrom: taipeiDay(6), validTo: taipeiDay(6) }).expect(201);
    const taken = await bulk([vehicle('MTG-0001'), vehicle('MTG-0002')]).expect(409);
    expect(taken.body.details.lines).toEqual([
      {
        line: 2,
        plate: 'MTG-0002',
        code: 'parking.plate_overlap',
        message: expect.stringContaining(holder.body.serial),
      },
    ]);
    expect((await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM parking_permits'))[0].count).toBe(
      countBefore + 1,
    );

    const done = await bulk([vehicle('MTG-0001'), vehicle('MTG-0003'), vehicle('MTG-456', 'motorcycle')]).expect(201);
    const serials = (done.body.permits as { serial: string }[]).map((permit) => Number(permit.serial.slice(-5)));
    expect(serials).toEqual([serials[0], serials[0] + 1, serials[0] + 2]);
  });

  it('lists the permits of a lot for one day', async () => {
    const later = await issue({ plate: 'DAY-1001', validFrom: taipeiDay(8), validTo: taipeiDay(9) }).expect(201);
    await issue({ plate: 'DAY-1002', validFrom: taipeiDay(10), validTo: taipeiDay(10) }).expect(201);
    const sheet = await asOfficer(
      t
        .http()
        .get('/parking/permits')
        .query({ lotCode: 'SW', activeOn: taipeiDay(9) }),
    ).expect(200);
    expect(sheet.body.items.map((item: { id: string }) => item.id)).toEqual([later.body.id]);
  });

  it('shows a browser that scans the QR code a Chinese page without personal data, and API clients the JSON', async () => {
    const permit = await issue({ plate: 'QRP-1001', visitorName: '王掃描', visitorPhone: '0922-333-555' }).expect(201);
    const path = new URL(permit.body.verificationUrl as string).pathname;
    const page = await t
      .http()
      .get(path)
      .set('accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')
      .expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers.vary).toMatch(/Accept/i);
    expect(page.text).toContain('<html lang="zh-Hant-TW">');
    expect(page.text).toContain('有效');
    expect(page.text).toContain('四維行政中心停車場');
    for (const personal of ['王掃描', '0922-333-555', 'QRP-1001']) expect(page.text).not.toContain(personal);

    const json = await t.http().get(path).set('accept', 'application/json').expect(200);
    expect(json.body).toMatchObject({ valid: true, lotCode: 'SW' });
    const unknown = await t
      .http()
      .get(`/parking/verify/${'B'.repeat(32)}`)
      .set('accept', 'text/html')
      .expect(404);
    expect(unknown.text).toContain('查無此停車證');
  });

  it('looks permits up by plate, serial and visitor, and answers the guard', async () => {
    const permit = await issue({ plate: 'LKP-2025', visitorName: '陳查詢', visitorPhone: '07-1234567' }).expect(201);
    const byPlate = await asOfficer(t.http().get('/parking/permits').query({ plate: 'lkp2025' })).expect(200);
    expect(byPlate.body.items.map((item: { id: string }) => item.id)).toEqual([permit.body.id]);
    const bySerial = await asOfficer(
      t.http().get('/parking/permits').query({ serial: permit.body.serial.toLowerCase() }),
    ).expect(200);
    expect(bySerial.body.items.map((item: { id: string }) => item.id)).toEqual([permit.body.id]);
    const byVisitor = await asOfficer(t.http().get('/parking/permits').query({ visitor: '查詢' })).expect(200);
    expect(byVisitor.body.items.map((item: { id: string }) => item.id)).toEqual([permit.body.id]);

    const valid = await asOfficer(t.http().get('/parking/lots/SW/check').query({ plate: 'LKP 2025' })).expect(200);
    expect(valid.body).toMatchObject({
      lotCode: 'SW',
      plate: 'LKP-2025',
      valid: true,
      validUntil: taipeiDay(0),
      serial: permit.body.serial,
    });
    expect(valid.body.message).toMatch(/^LKP-2025 在 四維行政中心停車場：有效至 \d{3}年/);
    const none = await asOfficer(t.http().get('/parking/lots/SW/check').query({ plate: 'NAN-9999' })).expect(200);
    expect(none.body).toMatchObject({
      valid: false,
      validUntil: null,
      message: 'NAN-9999 在 四維行政中心停車場：無有效停車證',
    });
  });

  it('counts permits for any period per lot, by agency and by day', async () => {
    const figures = await t.app.get(ParkingFiguresService).figuresFor(dateRange(taipeiDay(0), taipeiDay(0)));
    const [{ issued, revoked }] = await t.sql<{ issued: number; revoked: number }>(
      `SELECT count(*)::int AS issued, count(*) FILTER (WHERE status = 'revoked')::int AS revoked FROM parking_permits p JOIN parking_lots l ON l.id = p.lot_id WHERE l.code = 'SW'`,
    );
    const sw = figures.lots.find((lot) => lot.lotCode === 'SW')!;
    expect(sw).toMatchObject({ issued, revoked, byDay: [{ day: taipeiDay(0), issued }] });
    expect(sw.byAgency).toEqual([{ agencyId: context.financeId, agencyName: '財政局', issued }]);
    const viaHttp = await t
      .http()
      .get('/parking/figures')
      .query({ from: taipeiDay(0), to: taipeiDay(0) })
      .auth(await t.login('reports'), { type: 'bearer' })
      .expect(200);
    expect(viaHttp.body.issued).toBe(figures.issued);
  });

  it('expires permits and removes visitor data after the retention period, keeping the counts', async () => {
    const permit = await issue({ plate: 'EXP-0001', validFrom: taipeiDay(1), validTo: taipeiDay(2) }).expect(201);
    const jobs = t.app.get(JobsService);
    const soon = await jobs.runForPeriod(
      'parking.permit-housekeeping',
      new Date(Date.now() + 4 * 24 * 3600 * 1000),
      'manual',
    );
    expect(soon.run?.status).toBe('succeeded');
    const [afterExpiry] = await t.sql<{ status: string; visitor_name: string | null }>(
      'SELECT status, visitor_name FROM parking_permits WHERE id = $1',
      [permit.body.id],
    );
    expect(afterExpiry).toEqual({ status: 'expired', visitor_name: '林大華' });
    const verified = await t.http().get(new URL(permit.body.verificationUrl).pathname).expect(200);
    expect(verified.body).toMatchObject({ valid: false, statusLabel: '已逾期' });

    const countBefore = (await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM parking_permits'))[0].count;
    const later = await jobs.runForPeriod(
      'parking.permit-housekeeping',
      new Date(Date.now() + 200 * 24 * 3600 * 1000),
      'manual',
    );
    expect(later.run?.result).toMatchObject({ anonymised: countBefore });
    const rows = await t.sql<{ named: number; anonymised: number; revoked: number }>(
      `SELECT count(*) FILTER (WHERE visitor_name IS NOT NULL OR visitor_phone IS NOT NULL)::int AS named,
              count(*) FILTER (WHERE anonymised_at IS NOT NULL)::int AS anonymised,
              count(*) FILTER (WHERE status = 'revoked')::int AS revoked FROM parking_permits`,
    );
    expect(rows[0]).toEqual({ named: 0, anonymised: countBefore, revoked: 1 });
    expect(
      (await t.sql<{ count: number }>(`SELECT count(*)::int AS count FROM parking_permits WHERE status = 'active'`))[0]
        .count,
    ).toBe(0);
  });
});
