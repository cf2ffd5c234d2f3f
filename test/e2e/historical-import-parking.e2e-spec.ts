import { DateTime } from 'luxon';
import { startTestApp, TestApp } from '../support/test-app';
import { csvUpload, FigureSection } from './historical-import-fixtures';
import { ParkingContext, permitInput, setUpParking, taipeiDay } from './parking-fixtures';

const HEADINGS = '停車證號碼,停車場,車牌號碼,車種,來賓姓名,洽公機關,使用日期起,使用日期迄,核發時間,註銷時間,註銷原因';

/** The 112 permits of the test year, in the forms the office's files write dates, lots and types. */
const PERMITS_112 = [
  'SW112-00001,SW,abc1235,小型汽車,林大華,財政局,112/03/05,112/03/05,112/03/01 09:00,,',
  'SW112-00002,四維行政中心停車場,ABC-1235,car,王小明,FINANCE,1120306,1120307,2023-03-02 10:00,,',
  'FS112-00001,FS,RCA-0001,小型汽車,陳美玲,財政局,112/12/31,112/12/31,2023-12-31 23:30,2023-12-31 23:50,來賓取消',
  'SW112-00003,SW,XA-032,拖車,,財政局,2023-12-30,,112/12/29,,',
];

const csv = (lines: string[]) => csvUpload('112年臨時停車證.csv', HEADINGS, lines);

describe('import of earlier years: parking permits', () => {
  let t: TestApp;
  let context: ParkingContext;

  beforeAll(async () => {
    t = await startTestApp();
    context = await setUpParking(t);
  });
  afterAll(() => t.close());

  const post = (path: string, body: object, token = context.admin) =>
    t.http().post(path).auth(token, { type: 'bearer' }).send(body);
  const permitCount = async () =>
    Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM parking_permits'))[0].n);

  it('refuses a file with one bad plate, naming the line, and imports nothing', async () => {
    const bad = [...PERMITS_112];
    bad[1] = bad[1].replace('ABC-1235', 'ABC-12345');
    const preview = await post('/imports/parking_permits/preview', csv(bad)).expect(200);
    expect(preview.body).toMatchObject({ kind: 'parking_permits', committed: false, lines: 4 });
    expect(preview.body.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'plate', column: '車牌號碼', code: 'parking.invalid_plate' }),
    ]);
    const refused = await post('/imports/parking_permits', csv(bad)).expect(422);
    expect(refused.body).toMatchObject({ code: 'import.refused', details: { committed: false } });
    expect(await permitCount()).toBe(0);
    await post('/imports/parking_permits/preview', csv(PERMITS_112), context.officer).expect(403);
  });

  it('refuses a serial gap, a duplicate, an overlap, a serial of another year and a window not yet over', async () => {
    const gap = await post('/imports/parking_permits/preview', csv([PERMITS_112[0], PERMITS_112[3]])).expect(200);
    expect(gap.body.problems).toEqual([
      expect.objectContaining({
        line: null,
        field: 'serial',
        column: '停車證號碼',
        code: 'parking.import_serials_gap',
      }),
    ]);
    const duplicate = await post(
      '/imports/parking_permits/preview',
      csv([PERMITS_112[0], PERMITS_112[0].replace('abc1235', 'RCB-0002')]),
    ).expect(200);
    expect(duplicate.body.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'serial', column: '停車證號碼', code: 'parking.serial_taken' }),
    ]);
    const overlap = await post(
      '/imports/parking_permits/preview',
      csv([PERMITS_112[0], PERMITS_112[1].replace('1120306', '1120305')]),
    ).expect(200);
    expect(overlap.body.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'plate', column: '車牌號碼', code: 'parking.plate_overlap' }),
    ]);
    const otherYear = await post(
      '/imports/parking_permits/preview',
      csv([PERMITS_112[0].replace('SW112-00001', 'SW111-00001')]),
    ).expect(200);
    expect(otherYear.body.problems).toEqual([
      expect.objectContaining({ line: 2, field: 'serial', code: 'parking.import_serial_form' }),
    ]);
    const current = await post(
      '/imports/parking_permits/preview',
      csv([`SW112-00001,SW,ABC-1235,小型汽車,林大華,財政局,112/03/05,${taipeiDay(0)},112/03/01 09:00,,`]),
    ).expect(200);
    expect(current.body.problems).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'validTo',
        column: '使用日期迄',
        code: 'parking.import_permit_current',
      }),
    ]);
    expect(await permitCount()).toBe(0);
  });

  it('imports a year marked, audited and without taking a space, and counts it like any other', async () => {
    const preview = await post('/imports/parking_permits/preview', csv(PERMITS_112)).expect(200);
    expect(preview.body).toEqual({ kind: 'parking_permits', committed: false, lines: 4, problems: [] });
    expect(await permitCount()).toBe(0);

    await post('/imports/parking_permits', csv(PERMITS_112)).expect(200);
    const rows = await t.sql<{ serial: string; plate: string; status: string; issued_at: Date; imported: boolean }>(
      `SELECT serial, plate, status, issued_at, imported_at IS NOT NULL AS imported FROM parking_permits ORDER BY serial`,
    );
    expect(rows.map(({ serial, plate, status }) => [serial, plate, status])).toEqual([
      ['FS112-00001', 'RCA-0001', 'revoked'],
      ['SW112-00001', 'ABC-1235', 'expired'],
      ['SW112-00002', 'ABC-1235', 'expired'],
      ['SW112-00003', 'XA-032', 'expired'],
    ]);
    expect(rows[1].issued_at).toEqual(new Date('2023-03-01T01:00:00Z'));
    expect(rows.every((row) => row.imported)).toBe(true);
    const audit = await t.sql("SELECT 1 FROM audit_entries WHERE entity_type = 'parking_permit' AND action = 'import'");
    expect(audit).toHaveLength(4);
    // History takes no space: no day of the lots counts an imported permit.
    expect(await t.sql('SELECT 1 FROM parking_lot_days')).toHaveLength(0);
    const counters = await t.sql<{ code: string; last_number: number }>(
      `SELECT l.code, c.last_number FROM parking_serial_counters c JOIN parking_lots l ON l.id = c.lot_id
        WHERE c.roc_year = 112 ORDER BY l.code`,
    );
    expect(counters).toEqual([
      { code: 'FS', last_number: 1 },
      { code: 'SW', last_number: 3 },
    ]);

    const listed = await t
      .http()
      .get('/parking/permits?plate=ABC-1235')
      .auth(context.admin, { type: 'bearer' })
      .expect(200);
    expect((listed.body.items as { importedAt: string | null }[]).every((permit) => permit.importedAt)).toBe(true);

    const report = await t.http().get('/figures?rocYear=112').auth(context.admin, { type: 'bearer' }).expect(200);
    const parking = (report.body.sections as FigureSection[]).find((section) => section.key === 'parking')!;
    const issued = parking.figures.find((figure) => figure.key === 'parking.issued')!;
    const [independent] = await t.sql<{ n: string }>(
      `SELECT count(*) AS n FROM parking_permits
        WHERE issued_at >= '2023-01-01T00:00:00+08:00' AND issued_at < '2024-01-01T00:00:00+08:00'`,
    );
    expect(issued.value).toBe(Number(independent.n));
    expect(issued.sentence).toBe('112年核發公務臨時停車證4張');
  });

  it("continues an imported year's serials when a permit is issued in it", async () => {
    const now = DateTime.now().setZone('Asia/Taipei');
    const year = now.year - 1911;
    const yesterday = taipeiDay(-1);
    const lines = [1, 2].map(
      (number) =>
        `SW${year}-0000${number},SW,RCC-000${number},小型汽車,林大華,財政局,${yesterday},${yesterday},${now.year}-01-01 00:00,,`,
    );
    await post('/imports/parking_permits', csv(lines)).expect(200);
    const issued = await t
      .http()
      .post('/parking/permits')
      .auth(context.officer, { type: 'bearer' })
      .send(permitInput(context, { plate: 'RCD-0001' }))
      .expect(201);
    expect(issued.body.serial).toBe(`SW${year}-00003`);
    expect(issued.body.importedAt).toBeNull();
  });
});
