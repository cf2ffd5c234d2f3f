import { startTestApp, TestApp } from '../support/test-app';
import { book, bookingInput, spaceIdOf, workingDays } from './venues-fixtures';

const HEADINGS = '場地,使用日期,開始時間,結束時間,申請機關,活動名稱,活動類型,參加人數';

interface Section {
  key: string;
  figures: { key: string; value: number; sentence: string }[];
}

describe('import of earlier years: venue bookings', () => {
  let t: TestApp;
  let admin: string;
  /** The 112 bookings: two public openings and two room bookings in 四維, one room in 鳳山. */
  let bookings112: string[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    const [room] = await t.sql<{ name: string }>(
      `SELECT name FROM venue_spaces s
        WHERE code LIKE 'SW-%' AND kind = 'meeting_room' AND NOT EXISTS (SELECT 1 FROM venue_spaces o WHERE o.name = s.name AND o.id <> s.id)
        ORDER BY code LIMIT 1`,
    );
    bookings112 = [
      'SW-AUD,112/03/05,09:00,12:00,財政局,防災宣導講座,宣導活動,300',
      'SW-ATRIUM,,2023-05-01 10:00,2023-05-01 16:00,民政局,市政成果展,展覽,',
      'SW-MPR,1120610,13:00,15:00,教育局,年度預算說明會,會議,70',
      `${room.name},2023-12-31,22:00,23:30,FINANCE,跨年協調會,,12`,
      'FS-F201,112/07/01,10:00,11:00,財政局,採購案評選會議,會議,10',
    ];
  });
  afterAll(() => t.close());

  const csv = (lines: string[]) => ({
    fileName: '112年場地借用.csv',
    dataBase64: Buffer.from(`\uFEFF${[HEADINGS, ...lines].join('\n')}\n`).toString('base64'),
  });
  const post = (path: string, body: object) => t.http().post(path).auth(admin, { type: 'bearer' }).send(body);
  const bookingCount = async () => (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM venue_bookings'))[0].n;

  it('refuses a file with one bad line, naming the line and its heading, and imports nothing', async () => {
    const bad = [...bookings112];
    bad[3] = bad[3].replace('2023-12-31', '112/02/30');
    const preview = await post('/imports/venue_bookings/preview', csv(bad)).expect(200);
    expect(preview.body).toMatchObject({ kind: 'venue_bookings', committed: false, lines: 5 });
    expect(preview.body.problems).toEqual([
      expect.objectContaining({
        line: 5,
        field: 'day',
        column: '使用日期',
        code: 'import.bad_date',
        params: { column: '使用日期', value: '112/02/30' },
      }),
    ]);
    const refused = await post('/imports/venue_bookings', csv(bad)).expect(422);
    expect(refused.body).toMatchObject({ code: 'import.refused', details: { committed: false } });
    expect(refused.body.details.problems[0]).toMatchObject({ line: 5, column: '使用日期' });
    expect(await bookingCount()).toBe(0);
  });

  it('refuses a booking of a room while its hall is booked, and an unknown or shared space name, line by line', async () => {
    const clash = [bookings112[2], 'SW-MPR-A,112/06/10,14:00,16:00,民政局,新進人員訓練,訓練,30'];
    const preview = await post('/imports/venue_bookings/preview', csv(clash)).expect(200);
    expect(preview.body.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'space', column: '場地', code: 'venue.import_overlap' }),
    ]);
    const unknown = await post('/imports/venue_bookings/preview', csv([bookings112[0].replace('SW-AUD', '火星廳')]));
    expect(unknown.body.problems).toEqual([
      expect.objectContaining({ line: 2, column: '場地', code: 'import.unknown_reference' }),
    ]);
    const [shared] = await t.sql<{ name: string }>('SELECT name FROM venue_spaces GROUP BY name HAVING count(*) > 1');
    const ambiguous = await post(
      '/imports/venue_bookings/preview',
      csv([bookings112[1].replace('SW-ATRIUM', shared.name)]),
    );
    expect(ambiguous.body.problems).toEqual([
      expect.objectContaining({ line: 2, column: '場地', code: 'import.ambiguous_reference' }),
    ]);
    const reversed = await post('/imports/venue_bookings/preview', csv([bookings112[0].replace('12:00', '08:00')]));
    expect(reversed.body.problems).toEqual([
      expect.objectContaining({ line: 2, column: '結束時間', code: 'import.ends_before_start' }),
    ]);
    expect(await bookingCount()).toBe(0);
  });

  it('imports a year with its own times, marked and audited, counted in the venue sentences', async () => {
    const preview = await post('/imports/venue_bookings/preview', csv(bookings112)).expect(200);
    expect(preview.body).toEqual({ kind: 'venue_bookings', committed: false, lines: 5, problems: [] });
    expect(await bookingCount()).toBe(0);

    const done = await post('/imports/venue_bookings', csv(bookings112)).expect(200);
    expect(done.body).toEqual({ kind: 'venue_bookings', committed: true, lines: 5, problems: [] });
    const rows = await t.sql<{ starts_at: Date; ends_at: Date; status: string; imported: boolean; event_kind: string }>(
      `SELECT starts_at, ends_at, status, imported_at IS NOT NULL AS imported, event_kind
         FROM venue_bookings ORDER BY starts_at`,
    );
    expect(rows[0]).toEqual({
      starts_at: new Date('2023-03-05T01:00:00Z'),
      ends_at: new Date('2023-03-05T04:00:00Z'),
      status: 'approved',
      imported: true,
      event_kind: 'publicity',
    });
    expect(rows[4].starts_at).toEqual(new Date('2023-12-31T14:00:00Z'));
    expect(rows.every((row) => row.imported && row.status === 'approved')).toBe(true);
    const [audit] = await t.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'venue_booking' AND action = 'import'",
    );
    expect(audit.n).toBe(5);

    const report = await t.http().get('/figures?rocYear=112').auth(admin, { type: 'bearer' }).expect(200);
    const venues = (report.body.sections as Section[]).find((section) => section.key === 'venues')!;
    const figure = (key: string) => venues.figures.find((candidate) => candidate.key === key)!;
    expect(figure('venues.public_openings.SW').sentence).toBe(
      '112年度四維行政中心中庭、廣場及大禮堂計開放2場次，各會議室等受理申請使用計2場次',
    );
    const independent = await t.sql<{ site: string; public: number; rooms: number }>(
      `SELECT l.code AS site,
              count(*) FILTER (WHERE s.kind IN ('atrium', 'plaza', 'auditorium'))::int AS public,
              count(*) FILTER (WHERE s.kind NOT IN ('atrium', 'plaza', 'auditorium'))::int AS rooms
         FROM venue_bookings b JOIN venue_spaces s ON s.id = b.space_id JOIN locations l ON l.id = s.site_id
        WHERE b.status IN ('approved', 'checked_in')
          AND b.starts_at >= '2023-01-01T00:00:00+08:00' AND b.starts_at < '2024-01-01T00:00:00+08:00'
        GROUP BY l.code ORDER BY l.code`,
    );
    expect(independent).toEqual(
      ['FS', 'SW'].map((site) => ({
        site,
        public: figure(`venues.public_openings.${site}`).value,
        rooms: figure(`venues.room_bookings.${site}`).value,
      })),
    );
  });

  it("leaves the imported bookings out of the importing admin's own bookings, which they were not", async () => {
    const own = await book(
      t,
      'admin',
      bookingInput(await spaceIdOf(t, 'FS-F201'), workingDays(t, 1)[0], '10:00', '11:00'),
    );
    const ids = async (query: string) => {
      const response = await t.http().get(`/venues/bookings?${query}`).auth(admin, { type: 'bearer' }).expect(200);
      return (response.body.items as { id: string }[]).map((item) => item.id);
    };
    expect(await ids('mine=true')).toEqual([own.id]);
    expect(await ids('limit=100')).toHaveLength(6);
  });

  it('refuses the same bookings a second time: the space is taken', async () => {
    const again = await post('/imports/venue_bookings/preview', csv([bookings112[0]])).expect(200);
    expect(again.body.problems).toEqual([
      expect.objectContaining({ line: 2, column: '場地', code: 'venue.import_overlap' }),
    ]);
  });
});
