import { DataSource } from 'typeorm';
import { TOKEN_VERSION_LISTENER } from '../../src/users/token-version-cache';
import { TestApp } from '../support/test-app';
import {
  bookingInput,
  createDriver,
  createVehicle,
  dispatcher,
  overlappingOccupancies,
  requestBooking,
  useFleetTestApp,
} from './fleet-fixtures';

const ATTEMPTS = 100;

/**
 * Deadlocks PostgreSQL detected in this file's database. Backends report their counts when they
 * end, so the app's pool is closed and its backends awaited first; a count still in flight could
 * only hide a deadlock, never invent one. The token versions' listening connection stays: it only
 * listens, and would keep the wait from ending.
 */
async function deadlocksAfterClosingThePool(t: TestApp): Promise<number> {
  await t.app.get(DataSource).destroy();
  for (;;) {
    const [{ others }] = await t.sql<{ others: string }>(
      `SELECT count(*) AS others FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name <> $1`,
      [TOKEN_VERSION_LISTENER],
    );
    if (Number(others) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await t.sql('SELECT pg_stat_clear_snapshot()');
  const [{ deadlocks }] = await t.sql<{ deadlocks: string }>(
    'SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()',
  );
  return Number(deadlocks);
}

describe('fleet: an assign storm on one vehicle and one driver', () => {
  const app = useFleetTestApp();

  it('lets one of 100 simultaneous assignments through and refuses the others with a clean 409, without deadlocks', async () => {
    const { t } = app;
    const vehicle = await createVehicle(t);
    const driverId = await createDriver(t, 'stormdriver');
    await t.login('requester');
    const bookings = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, index) =>
        requestBooking(t, 'requester', bookingInput(10 + index / 60, 2, { passengers: 1 })),
      ),
    );
    const asDispatcher = await dispatcher(t);
    const responses = await Promise.all(
      bookings.map((booking) =>
        asDispatcher('post', `/fleet/bookings/${booking.id}/assign`, {
          vehicleId: vehicle.id,
          driverId,
          turnaroundMinutes: 0,
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    const count = (predicate: (status: number) => boolean) => statuses.filter(predicate).length;
    expect({ ok: count((s) => s === 200), conflict: count((s) => s === 409), failed: count((s) => s >= 500) }).toEqual({
      ok: 1,
      conflict: ATTEMPTS - 1,
      failed: 0,
    });
    const winner = bookings[statuses.indexOf(200)].id;
    for (const loser of responses.filter((response) => response.status === 409)) {
      expect(loser.body).toMatchObject({ code: 'fleet.double_booked', details: { conflictingBookingIds: [winner] } });
    }
    expect(await overlappingOccupancies(t, 'vehicle_id')).toEqual([]);
    expect(await overlappingOccupancies(t, 'driver_id')).toEqual([]);
    expect(await deadlocksAfterClosingThePool(t)).toBe(0);
  }, 120_000);
});
