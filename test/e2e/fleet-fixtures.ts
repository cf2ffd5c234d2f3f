import { plateOfSeries } from '../../src/common/plates/taiwan-plate';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

const HOUR = 3_600_000;
/** A whole hour two days from now: far enough for the lead time, well inside the horizon. */
export const BASE = new Date(Math.ceil((Date.now() + 2 * 24 * HOUR) / HOUR) * HOUR);
export const at = (hours: number) => new Date(BASE.getTime() + hours * HOUR);

let plateSerial = 1000;

/**
 * Boots the app for one test file (in `beforeAll`, closed in `afterAll`); `t` is there once the
 * hook has run, so read it inside the tests. The e2e project's testTimeout does not reach hooks.
 */
export function useFleetTestApp(): { t: TestApp } {
  const context = {} as { t: TestApp };
  beforeAll(async () => {
    context.t = await startTestApp();
  }, 60_000);
  afterAll(() => context.t.close());
  return context;
}

export async function agencyId(t: TestApp, code: string): Promise<string> {
  const [row] = await t.sql<{ id: string }>('SELECT id FROM agencies WHERE code = $1', [code]);
  return row.id;
}

export async function userId(t: TestApp, username: string): Promise<string> {
  const [row] = await t.sql<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  return row.id;
}

/** A valid new vehicle: a GA-OFFICE sedan with a fresh plate, insured and inspected for years. */
export async function vehicleInput(t: TestApp, overrides: Record<string, unknown> = {}) {
  return {
    plate: plateOfSeries('ABC', plateSerial++),
    vehicleClass: 'sedan',
    seats: 4,
    agencyId: await agencyId(t, 'GA-OFFICE'),
    odometerKm: 10000,
    insuranceExpiresOn: '2099-12-31',
    inspectionDueOn: '2099-12-31',
    ...overrides,
  };
}

export async function createVehicle(
  t: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; plate: string; version: number }> {
  const token = await t.login('dispatcher');
  const response = await t
    .http()
    .post('/fleet/vehicles')
    .set('authorization', `Bearer ${token}`)
    .send(await vehicleInput(t, overrides));
  if (response.status !== 201) throw new Error(`vehicle: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A user with the driver role (created through the API) and their driver profile. */
export async function createDriver(t: TestApp, username: string, licenceExpiresOn = '2099-12-31'): Promise<string> {
  const admin = await t.login('admin');
  let id = await t
    .sql<{ id: string }>('SELECT id FROM users WHERE username = $1', [username])
    .then((rows) => rows[0]?.id);
  if (!id) {
    const created = await t
      .http()
      .post('/users')
      .set('authorization', `Bearer ${admin}`)
      .send({
        username,
        displayName: `駕駛${username}`,
        agencyId: await agencyId(t, 'GA-OFFICE'),
        roles: ['driver'],
        password: TEST_PASSWORD,
      })
      .expect(201);
    id = created.body.id;
  }
  const response = await t
    .http()
    .post('/fleet/drivers')
    .set('authorization', `Bearer ${await t.login('dispatcher')}`)
    .send({ userId: id, licenceClass: 'professional_light_vehicle', licenceExpiresOn });
  if (response.status !== 201) throw new Error(`driver: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

export function bookingInput(startHour: number, hours: number, overrides: Record<string, unknown> = {}) {
  return {
    purpose: '至鳳山行政中心開會',
    origin: '四維行政中心',
    stops: ['高雄車站'],
    destination: '鳳山行政中心',
    passengers: 2,
    startsAt: at(startHour).toISOString(),
    endsAt: at(startHour + hours).toISOString(),
    needsDriver: true,
    contactPhone: '07-7995678#1234',
    ...overrides,
  };
}

export async function requestBooking(
  t: TestApp,
  username: string,
  input: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  const response = await t
    .http()
    .post('/fleet/bookings')
    .set('authorization', `Bearer ${await t.login(username)}`)
    .send(input);
  if (response.status !== 201) throw new Error(`booking: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function dispatcher(t: TestApp) {
  const token = await t.login('dispatcher');
  return (method: 'get' | 'post' | 'patch', url: string, body?: object) => {
    const call = t.http()[method](url).set('authorization', `Bearer ${token}`);
    return body ? call.send(body) : call;
  };
}

/** Pairs of occupancy rows of one resource whose occupied ranges overlap; must always be empty. */
export function overlappingOccupancies(t: TestApp, column: 'vehicle_id' | 'driver_id') {
  return t.sql(
    `SELECT a.id, b.id FROM fleet_occupancies a JOIN fleet_occupancies b
        ON a.${column} = b.${column} AND a.id < b.id AND a.occupied && b.occupied`,
  );
}
