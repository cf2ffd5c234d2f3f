import { DEMO_ACCOUNTS, DEMO_DATA_ACCOUNTS } from '../../src/seed/demo-accounts';
import { SeedService } from '../../src/seed/seed.service';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

/** The page each demo account lands on, as the list endpoint behind it. */
const MAIN_LIST: Record<string, string> = {
  admin: '/users',
  coordinator: '/maintenance/tickets',
  technician: '/maintenance/tickets?status=assigned',
  dispatcher: '/fleet/bookings',
  driver: '/fleet/trips',
  parking: '/parking/permits',
  dormitory: '/dormitory-assignments',
  property: '/assets',
  reports: '/maintenance/obligations',
  requester: '/maintenance/tickets',
  'agency-admin': '/users',
  'requester-civil': '/fleet/bookings',
  'requester-edu': '/maintenance/tickets',
  'technician-civil': '/maintenance/tickets?tradeCode=elevator',
  'technician-telecom': '/maintenance/tickets?tradeCode=cctv',
  'driver-2': '/fleet/trips',
  'driver-3': '/fleet/trips',
  venues: '/venues/spaces',
};

describe('demo data that walks every flow', () => {
  let t: TestApp;
  let logins: { username: string }[];
  const count = async (table: string) =>
    Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  // The demo is a few years of a whole office's records: loading it takes minutes on a busy machine.
  beforeAll(async () => {
    t = await startTestApp();
    logins = await t.app.get(SeedService).loadDemo(() => TEST_PASSWORD, true);
  }, 300_000);
  afterAll(() => t.close());

  it('adds its own accounts and names a main list for every demo account', () => {
    expect(logins.map((login) => login.username)).toEqual(DEMO_DATA_ACCOUNTS.map((account) => account.username));
    expect(Object.keys(MAIN_LIST).sort()).toEqual(
      [...DEMO_ACCOUNTS, ...DEMO_DATA_ACCOUNTS].map((account) => account.username).sort(),
    );
  });

  it.each(Object.entries(MAIN_LIST))(
    'lets %s sign in and see something on their main list (%s)',
    async (username, path) => {
      const token = await t.login(username);
      const response = await t.http().get(path).set('authorization', `Bearer ${token}`).expect(200);
      // Keyset lists answer { items }; the venue spaces answer a plain array.
      const body = response.body as unknown[] | { items: unknown[] };
      expect((Array.isArray(body) ? body : body.items).length).toBeGreaterThan(0);
    },
  );

  it('covers every ticket state, both centers and several agencies, with history and gap-free numbers', async () => {
    const states = await t.sql<{ status: string }>('SELECT DISTINCT status FROM maintenance_tickets ORDER BY status');
    expect(states.map((row) => row.status)).toEqual([
      'assigned',
      'cancelled',
      'closed',
      'in_progress',
      'on_hold',
      'rejected',
      'resolved',
      'submitted',
    ]);
    expect(await count('maintenance_tickets')).toBeGreaterThanOrEqual(300);
    const [spread] = await t.sql<{ sites: number; agencies: number }>(
      'SELECT count(DISTINCT site_id)::int AS sites, count(DISTINCT agency_id)::int AS agencies FROM maintenance_tickets',
    );
    expect(spread.sites).toBe(2);
    expect(spread.agencies).toBeGreaterThanOrEqual(3);
    const gaps = await t.sql(
      `SELECT c.roc_year FROM maintenance_ticket_counters c
        WHERE c.last_number <> (SELECT count(*) FROM maintenance_tickets t WHERE split_part(t.number, '-', 1)::int = c.roc_year)`,
    );
    expect(gaps).toEqual([]);
    const withoutHistory = await t.sql(
      // Cases imported from earlier years' records arrive closed, without a history of their own.
      `SELECT t.id FROM maintenance_tickets t
        WHERE t.imported_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM maintenance_ticket_status_changes s WHERE s.ticket_id = t.id)`,
    );
    expect(withoutHistory).toEqual([]);
    // Each step names who took it, as the service records it: a ticket page reads "・<name>" under every step.
    const misnamed = await t.sql<{ action: string }>(
      `SELECT DISTINCT s.action FROM maintenance_ticket_status_changes s LEFT JOIN users u ON u.id = s.actor_user_id
        WHERE u.display_name IS DISTINCT FROM s.actor_name ORDER BY s.action`,
    );
    expect(misnamed).toEqual([]);
  });

  it('files the next ticket with the next number, so the data behaves like the service wrote it', async () => {
    const [last] = await t.sql<{ number: string }>('SELECT max(number) AS number FROM maintenance_tickets');
    const filed = await t
      .http()
      .post('/maintenance/tickets')
      .set('authorization', `Bearer ${await t.login('requester')}`)
      .send({ tradeCode: 'hvac', title: '冷氣不冷', description: '會議室冷氣不冷', spotText: '3樓會議室' })
      .expect(201);
    const [year, serial] = last.number.split('-');
    expect(filed.body.number).toBe(`${year}-${String(Number(serial) + 1).padStart(6, '0')}`);
  });

  it('gives the fleet a VIP van, drivers and trips, and the officer both lots', async () => {
    expect(await t.sql("SELECT 1 FROM fleet_vehicles WHERE vehicle_class = 'vip_van'")).toHaveLength(1);
    expect(await count('fleet_drivers')).toBe(3);
    const states = await t.sql<{ state: string }>('SELECT DISTINCT state FROM fleet_bookings');
    expect(states.map((row) => row.state)).toEqual(expect.arrayContaining(['requested', 'approved', 'completed']));
    const lots = await t.sql(
      "SELECT o.lot_id FROM parking_lot_officers o JOIN users u ON u.id = o.user_id WHERE u.username = 'parking'",
    );
    expect(lots).toHaveLength(2);
    expect(await t.sql("SELECT 1 FROM parking_permits WHERE status = 'active'")).not.toHaveLength(0);
  });

  it('brings in 111 and 112 through the import, so the 112 figures read as that report printed them', async () => {
    const { body } = await t
      .http()
      .get('/figures/overview?rocYear=112')
      .set('authorization', `Bearer ${await t.login('reports')}`)
      .expect(200);
    expect(body.reportText[0]).toBe('112年度受理案件計1,059件。');
    const received = body.trends.find((trend: { key: string }) => trend.key === 'maintenance.received');
    expect(received.months.every((month: { value: number }) => month.value > 0)).toBe(true);
    const lastYear = body.yearEarlier.sections[0].figures.find(
      (figure: { key: string }) => figure.key === 'maintenance.received',
    );
    expect(lastYear.value).toBe(993);
  });

  it('loads only once', async () => {
    const tables = ['maintenance_tickets', 'fleet_bookings', 'parking_permits', 'assets', 'dormitory_assignments'];
    const counts = async () => {
      const result: number[] = [];
      for (const table of tables) result.push(await count(table));
      return result;
    };
    const before = await counts();
    expect(await t.app.get(SeedService).loadDemo(() => TEST_PASSWORD, true)).toEqual([]);
    expect(await counts()).toEqual(before);
  });
});
