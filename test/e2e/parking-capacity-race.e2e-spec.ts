import { Client } from 'pg';
import { plateOfSeries } from '../../src/common/plates/taiwan-plate';
import { startTestApp, TestApp } from '../support/test-app';
import { ParkingContext, permitInput, setCapacity, setUpParking, taipeiDay } from './parking-fixtures';

const BOOT_TIMEOUT_MS = 60_000;
const RACE_TIMEOUT_MS = 120_000;
const ISSUES = 6;

describe('parking: lowering a lot capacity races issuing', () => {
  let t: TestApp;
  let context: ParkingContext;
  /** A second session: the test's own one holds a lock in a transaction, whose statistics snapshot stands still. */
  let observer: Client;

  beforeAll(async () => {
    t = await startTestApp();
    context = await setUpParking(t);
    observer = new Client({ connectionString: t.database.url });
    await observer.connect();
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await observer.end();
    await t.close();
  });

  /** Polls until `condition` holds; a bounded number of tries, not a timing assertion. */
  async function until(condition: () => Promise<boolean>): Promise<void> {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      if (await condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the condition never held');
  }

  const sessionsWaitingOn = async (table: string): Promise<number> =>
    (
      await observer.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query ILIKE '%' || $1 || '%'`,
        [table],
      )
    ).rows[0].count;

  it(
    'never leaves a day holding more permits than the lot capacity at the time',
    async () => {
      await setCapacity(t, context, 'SW', 30);
      // Creates this year's serial counter of SW, which the test then holds to pause the issues.
      await t
        .http()
        .post('/parking/permits')
        .auth(context.officer, { type: 'bearer' })
        .send(permitInput(context, { plate: 'RCA-0001' }))
        .expect(201);
      const day = taipeiDay(5);

      await t.sql('BEGIN');
      await t.sql(
        `SELECT 1 FROM parking_serial_counters c JOIN parking_lots l ON l.id = c.lot_id WHERE l.code = 'SW' FOR UPDATE OF c`,
      );
      // Every issue has read the lot (capacity 30) and waits inside its transaction.
      const issues = Promise.all(
        Array.from({ length: ISSUES }, (_, index) =>
          t
            .http()
            .post('/parking/permits')
            .auth(context.officer, { type: 'bearer' })
            .send(permitInput(context, { plate: plateOfSeries('RCB', index), validFrom: day, validTo: day }))
            .then((response) => response.status),
        ),
      );
      await until(async () => (await sessionsWaitingOn('parking_serial_counters')) === ISSUES);

      const lots = await t.http().get('/parking/lots').auth(context.admin, { type: 'bearer' }).expect(200);
      const sw = (lots.body as { code: string; version: number }[]).find((lot) => lot.code === 'SW')!;
      let loweringDone = false;
      const lowering = t
        .http()
        .patch('/parking/lots/SW')
        .auth(context.admin, { type: 'bearer' })
        .send({ dailyCapacity: 3, version: sw.version })
        .then((response) => {
          loweringDone = true;
          return response;
        });
      // The lowering either finishes first or queues behind the issues; then the issues go on.
      await until(async () => loweringDone || (await sessionsWaitingOn('parking_lots')) > 0);
      await t.sql('COMMIT');
      const [statuses, lowered] = await Promise.all([issues, lowering]);

      const [row] = await t.sql<{ lot_capacity: number; day_capacity: number; issued: number; permits: number }>(
        `SELECT l.daily_capacity AS lot_capacity, d.capacity AS day_capacity, d.issued,
                (SELECT count(*)::int FROM parking_permits p WHERE p.lot_id = l.id AND p.valid_from = $1) AS permits
           FROM parking_lots l JOIN parking_lot_days d ON d.lot_id = l.id AND d.day = $1
          WHERE l.code = 'SW'`,
        [day],
      );
      expect(row.issued).toBe(row.permits);
      expect(row.issued).toBeLessThanOrEqual(row.lot_capacity);
      expect(row.day_capacity).toBe(row.lot_capacity);
      // Here the issues came first, so the lowering found the day too full and was refused.
      expect(statuses).toEqual(Array(ISSUES).fill(201));
      expect(lowered.status).toBe(422);
      expect(lowered.body.details.constraint).toBe('ck_parking_lot_days_within_capacity');
    },
    RACE_TIMEOUT_MS,
  );
});
