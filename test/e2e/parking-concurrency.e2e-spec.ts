import { plateOfSeries } from '../../src/common/plates/taiwan-plate';
import { startTestApp, TestApp } from '../support/test-app';
import { ParkingContext, permitInput, setCapacity, setUpParking, taipeiDay } from './parking-fixtures';

const BOOT_TIMEOUT_MS = 60_000;
const CONCURRENCY_TIMEOUT_MS = 120_000;
const VERIFY_PER_MINUTE = 3;

describe('parking permits under concurrency', () => {
  let t: TestApp;
  let context: ParkingContext;

  beforeAll(async () => {
    t = await startTestApp({ PARKING_VERIFY_PER_MINUTE: String(VERIFY_PER_MINUTE) });
    context = await setUpParking(t);
    await t
      .http()
      .put(`/parking/lots/FS/officers/${context.officerId}`)
      .auth(context.admin, { type: 'bearer' })
      .expect(200);
  }, BOOT_TIMEOUT_MS);
  afterAll(() => t.close());

  /** Fires `count` issues for one lot and day at once, each with its own plate. */
  async function issueAtOnce(
    lotCode: string,
    count: number,
    day: string,
  ): Promise<{ status: number; body: { code?: string; details?: { day?: string } } }[]> {
    const prefix = lotCode === 'SW' ? 'CCA' : 'CCB';
    return Promise.all(
      Array.from({ length: count }, (_, index) =>
        t
          .http()
          .post('/parking/permits')
          .auth(context.officer, { type: 'bearer' })
          .send(
            permitInput(context, {
              lotCode,
              plate: plateOfSeries(prefix, index + 1),
              validFrom: day,
              validTo: day,
            }),
          ),
      ),
    );
  }

  async function serialNumbersOf(lotCode: string): Promise<number[]> {
    const rows = await t.sql<{ serial_number: number }>(
      `SELECT serial_number FROM parking_permits p JOIN parking_lots l ON l.id = p.lot_id WHERE l.code = $1 ORDER BY serial_number`,
      [lotCode],
    );
    return rows.map((row) => row.serial_number);
  }

  it(
    'gives 200 simultaneous issues on one lot-day the serials 1..200 with no gap and no duplicate',
    async () => {
      await setCapacity(t, context, 'SW', 500);
      const responses = await issueAtOnce('SW', 200, taipeiDay(1));
      expect(responses.map((response) => response.status)).toEqual(Array(200).fill(201));
      expect(await serialNumbersOf('SW')).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
      const [check] = await t.sql<{
        permits: number;
        distinct_serials: number;
        day_issued: number;
        last_number: number;
      }>(
        `SELECT (SELECT count(*)::int FROM parking_permits WHERE lot_id = l.id) AS permits,
                (SELECT count(DISTINCT serial)::int FROM parking_permits WHERE lot_id = l.id) AS distinct_serials,
                (SELECT issued FROM parking_lot_days WHERE lot_id = l.id AND day = $1) AS day_issued,
                (SELECT last_number FROM parking_serial_counters WHERE lot_id = l.id) AS last_number
           FROM parking_lots l WHERE l.code = 'SW'`,
        [taipeiDay(1)],
      );
      expect(check).toEqual({ permits: 200, distinct_serials: 200, day_issued: 200, last_number: 200 });
    },
    CONCURRENCY_TIMEOUT_MS,
  );

  it(
    'lets exactly 50 of 200 simultaneous issues through on a day with 50 spaces, naming the full day',
    async () => {
      await setCapacity(t, context, 'FS', 50);
      const day = taipeiDay(2);
      const responses = await issueAtOnce('FS', 200, day);
      const created = responses.filter((response) => response.status === 201);
      const refused = responses.filter((response) => response.status === 409);
      expect(created).toHaveLength(50);
      expect(refused).toHaveLength(150);
      expect(
        refused.every((response) => response.body.code === 'parking.lot_full' && response.body.details?.day === day),
      ).toBe(true);
      // Refused issues consumed no serial number.
      expect(await serialNumbersOf('FS')).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
      const [check] = await t.sql<{ capacity: number; issued: number; last_number: number }>(
        `SELECT d.capacity, d.issued, c.last_number FROM parking_lots l
           JOIN parking_lot_days d ON d.lot_id = l.id AND d.day = $1
           JOIN parking_serial_counters c ON c.lot_id = l.id
          WHERE l.code = 'FS'`,
        [day],
      );
      expect(check).toEqual({ capacity: 50, issued: 50, last_number: 50 });
    },
    CONCURRENCY_TIMEOUT_MS,
  );

  it('refuses lowering a lot below what a coming day already issued', async () => {
    const lots = await t.http().get('/parking/lots').auth(context.admin, { type: 'bearer' }).expect(200);
    const fs = (lots.body as { code: string; version: number }[]).find((lot) => lot.code === 'FS')!;
    const response = await t
      .http()
      .patch('/parking/lots/FS')
      .auth(context.admin, { type: 'bearer' })
      .send({ dailyCapacity: 10, version: fs.version })
      .expect(422);
    expect(response.body.details.constraint).toBe('ck_parking_lot_days_within_capacity');
  });

  it('rate-limits public verification with counts kept in PostgreSQL', async () => {
    const permit = await t
      .http()
      .post('/parking/permits')
      .auth(context.officer, { type: 'bearer' })
      .send(permitInput(context, { plate: 'THR-0001' }))
      .expect(201);
    const path = new URL(permit.body.verificationUrl as string).pathname;
    for (let attempt = 0; attempt < VERIFY_PER_MINUTE; attempt++) await t.http().get(path).expect(200);
    const throttled = await t.http().get(path).expect(429);
    expect(throttled.body.code).toBe('request.throttled');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    const windows = await t.sql<{ hits: number }>('SELECT hits FROM parking_throttle_windows');
    expect(windows).toEqual([{ hits: VERIFY_PER_MINUTE + 1 }]);
  });
});
