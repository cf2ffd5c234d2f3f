import { startTestApp, TestApp } from '../support/test-app';
import {
  bookingInput,
  createDriver,
  createVehicle,
  overlappingOccupancies,
  requestBooking,
  userId,
} from './fleet-fixtures';

const HEADINGS = '車次編號,用車時間,歸還時間,申請機關,申請人,事由,目的地,車號,駕駛,出車里程,回場里程';

interface Section {
  key: string;
  figures: { key: string; value: number; sentence: string }[];
}

describe('import of earlier years: car bookings and trips', () => {
  let t: TestApp;
  let admin: string;
  let sedan: string;
  let van: string;
  /** The 112 dispatches: T001 pools two bookings into one trip; the last one starts on New Year's Eve. */
  let trips112: string[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    sedan = (await createVehicle(t)).plate;
    van = (await createVehicle(t, { vehicleClass: 'van', seats: 8 })).plate;
    await createDriver(t, 'chen');
    trips112 = [
      `T001,112/03/05 08:00,112/03/05 12:00,財政局,王小明,會勘,鳳山行政中心,${sedan},駕駛chen,10000,10050`,
      `T001,112/03/05 08:30,112/03/05 11:00,民政局,李大華,開會,鳳山行政中心,${sedan},駕駛chen,,`,
      `,1120610 09:00,2023-06-10 17:00,FINANCE,張三,送公文,高雄市議會,${van},,,`,
      `,2023-12-31 22:00,113/01/01 01:00,教育局,林四,跨年活動,夢時代,${sedan},駕駛chen,10100,10130`,
    ];
  });
  afterAll(() => t.close());

  const csv = (lines: string[]) => ({
    fileName: '112年派車紀錄.csv',
    dataBase64: Buffer.from(`\uFEFF${[HEADINGS, ...lines].join('\n')}\n`).toString('base64'),
  });
  const post = (path: string, body: object) => t.http().post(path).auth(admin, { type: 'bearer' }).send(body);
  const counts = async () => {
    const [row] = await t.sql<{ bookings: number; trips: number }>(
      'SELECT (SELECT count(*)::int FROM fleet_bookings) AS bookings, (SELECT count(*)::int FROM fleet_trips) AS trips',
    );
    return row;
  };

  it('refuses a file with one bad line, naming the line and its heading, and imports nothing', async () => {
    const bad = [...trips112];
    bad[2] = bad[2].replace('1120610 09:00', '112/06/31 09:00');
    const preview = await post('/imports/car_trips/preview', csv(bad)).expect(200);
    expect(preview.body).toMatchObject({ kind: 'car_trips', committed: false, lines: 4 });
    expect(preview.body.problems).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'startsAt',
        column: '用車時間',
        code: 'import.bad_date',
        params: { column: '用車時間', value: '112/06/31 09:00' },
      }),
    ]);
    const refused = await post('/imports/car_trips', csv(bad)).expect(422);
    expect(refused.body).toMatchObject({ code: 'import.refused', details: { committed: false } });
    expect(refused.body.details.problems[0]).toMatchObject({ line: 4, column: '用車時間' });
    expect(await counts()).toEqual({ bookings: 0, trips: 0 });
  });

  it('refuses overlapping trips of one vehicle and a pooled line on another car, line by line', async () => {
    const overlap = [trips112[0], trips112[2], trips112[2].replace('張三', '張五')];
    const preview = await post('/imports/car_trips/preview', csv(overlap)).expect(200);
    expect(preview.body.problems).toEqual([
      expect.objectContaining({ line: 4, field: 'plate', column: '車號', code: 'fleet.double_booked' }),
    ]);
    const mismatch = [trips112[0], trips112[1].replace(sedan, van)];
    const refused = await post('/imports/car_trips', csv(mismatch)).expect(422);
    expect(refused.body.details.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'plate', column: '車號', code: 'fleet.import_trip_mismatch' }),
    ]);
    const reversed = await post(
      '/imports/car_trips/preview',
      csv([trips112[0].replace('112/03/05 12:00', '112/03/05 07:00')]),
    );
    expect(reversed.body.problems).toEqual([
      expect.objectContaining({ line: 2, field: 'endsAt', column: '歸還時間', code: 'import.ends_before_start' }),
    ]);
    expect(await counts()).toEqual({ bookings: 0, trips: 0 });
  });

  it('imports a year with its own times, marked and audited; a pooled trip counts once in the figures', async () => {
    const preview = await post('/imports/car_trips/preview', csv(trips112)).expect(200);
    expect(preview.body).toEqual({ kind: 'car_trips', committed: false, lines: 4, problems: [] });
    expect(await counts()).toEqual({ bookings: 0, trips: 0 });

    const done = await post('/imports/car_trips', csv(trips112)).expect(200);
    expect(done.body).toEqual({ kind: 'car_trips', committed: true, lines: 4, problems: [] });
    expect(await counts()).toEqual({ bookings: 4, trips: 3 });
    const bookings = await t.sql<{
      starts_at: Date;
      state: string;
      imported: boolean;
      requester: string;
      trip: string;
    }>(
      `SELECT starts_at, state, imported_at IS NOT NULL AS imported, imported_requester_name AS requester, trip_id AS trip
         FROM fleet_bookings ORDER BY starts_at`,
    );
    expect(bookings.map((row) => row.requester)).toEqual(['王小明', '李大華', '張三', '林四']);
    expect(bookings[0].starts_at).toEqual(new Date('2023-03-05T00:00:00Z'));
    expect(bookings[0].trip).toBe(bookings[1].trip);
    expect(bookings.every((row) => row.state === 'completed' && row.imported)).toBe(true);
    const [pooled] = await t.sql<{ starts_at: Date; ends_at: Date; odometer_in_km: number; imported: boolean }>(
      'SELECT starts_at, ends_at, odometer_in_km, imported_at IS NOT NULL AS imported FROM fleet_trips WHERE id = $1',
      [bookings[0].trip],
    );
    expect(pooled).toEqual({
      starts_at: new Date('2023-03-05T00:00:00Z'),
      ends_at: new Date('2023-03-05T04:00:00Z'),
      odometer_in_km: 10050,
      imported: true,
    });
    const audit = await t.sql<{ entity_type: string; n: number }>(
      `SELECT entity_type, count(*)::int AS n FROM audit_entries WHERE action = 'import' GROUP BY 1 ORDER BY 1`,
    );
    expect(audit).toEqual([
      { entity_type: 'booking', n: 4 },
      { entity_type: 'trip', n: 3 },
    ]);
    expect(await overlappingOccupancies(t, 'vehicle_id')).toEqual([]);

    const report = await t.http().get('/figures?rocYear=112').auth(admin, { type: 'bearer' }).expect(200);
    const fleet = (report.body.sections as Section[]).find((section) => section.key === 'fleet')!;
    const figure = (key: string) => fleet.figures.find((candidate) => candidate.key === key)!;
    expect(figure('fleet.trips').sentence).toBe('112年度於線上申請派遣公務車（含禮賓車）計3車次');
    expect(figure('fleet.bookings').value).toBe(4);
    expect(figure('fleet.km').value).toBe(80);
    const [independent] = await t.sql<{ trips: number; bookings: number }>(
      `SELECT count(DISTINCT t.id)::int AS trips, count(b.id)::int AS bookings
         FROM fleet_trips t JOIN fleet_bookings b ON b.trip_id = t.id
        WHERE t.starts_at >= '2023-01-01T00:00:00+08:00' AND t.starts_at < '2024-01-01T00:00:00+08:00'`,
    );
    expect(independent).toEqual({ trips: figure('fleet.trips').value, bookings: figure('fleet.bookings').value });
  });

  it("leaves the imported bookings out of the lists of requests made here, the importing admin's own included", async () => {
    const own = await requestBooking(t, 'admin', bookingInput(5, 1));
    const ids = async (query: string) => {
      const response = await t.http().get(`/fleet/bookings?${query}`).auth(admin, { type: 'bearer' }).expect(200);
      return (response.body.items as { id: string }[]).map((item) => item.id);
    };
    const adminId = await userId(t, 'admin');
    expect(await ids('imported=false')).toEqual([own.id]);
    expect(await ids(`requesterId=${adminId}&imported=false`)).toEqual([own.id]);
    expect(await ids(`requesterId=${adminId}&imported=true`)).toHaveLength(4);
    expect(await ids('limit=100')).toHaveLength(5);
  });

  it('refuses the same trips a second time: the vehicle is taken', async () => {
    const again = await post('/imports/car_trips/preview', csv([trips112[2]])).expect(200);
    expect(again.body.problems).toEqual([
      expect.objectContaining({ line: 2, column: '車號', code: 'fleet.double_booked' }),
    ]);
  });
});
