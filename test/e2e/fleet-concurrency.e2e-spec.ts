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

/** 100 two-hour requests, each a minute after the last, so every pair overlaps. */
async function overlappingRequests(t: TestApp): Promise<string[]> {
  await t.login('requester'); // once, before the burst: each login hashes a password
  const bookings = await Promise.all(
    Array.from({ length: ATTEMPTS }, (_, index) =>
      requestBooking(t, 'requester', bookingInput(10 + index / 60, 2, { needsDriver: false, passengers: 1 })),
    ),
  );
  return bookings.map((booking) => booking.id);
}

describe('fleet: no double booking under contention', () => {
  const app = useFleetTestApp();

  it('lets exactly one of 100 simultaneous assignments of one vehicle through', async () => {
    const { t } = app;
    const vehicle = await createVehicle(t);
    const bookingIds = await overlappingRequests(t);
    const asDispatcher = await dispatcher(t);
    const responses = await Promise.all(
      bookingIds.map((id) =>
        asDispatcher('post', `/fleet/bookings/${id}/assign`, { vehicleId: vehicle.id, turnaroundMinutes: 0 }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(ATTEMPTS - 1);
    const winner = bookingIds[statuses.indexOf(200)];
    const loser = responses.find((response) => response.status === 409)!;
    expect(loser.body).toMatchObject({
      code: 'fleet.double_booked',
      details: { resource: 'vehicle', conflictingBookingIds: [winner] },
    });
    expect(await overlappingOccupancies(t, 'vehicle_id')).toEqual([]);
    const [{ count }] = await t.sql<{ count: string }>("SELECT count(*) FROM fleet_bookings WHERE state = 'approved'");
    expect(Number(count)).toBe(1);
  }, 60_000);

  it('lets exactly one of 100 simultaneous assignments of one driver through, each with its own vehicle', async () => {
    const { t } = app;
    const driverId = await createDriver(t, 'driver');
    const vehicles: { id: string }[] = [];
    for (let index = 0; index < ATTEMPTS; index++) vehicles.push(await createVehicle(t));
    const bookingIds = await overlappingRequests(t);
    const asDispatcher = await dispatcher(t);
    const responses = await Promise.all(
      bookingIds.map((id, index) =>
        asDispatcher('post', `/fleet/bookings/${id}/assign`, {
          vehicleId: vehicles[index].id,
          driverId,
          turnaroundMinutes: 0,
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(ATTEMPTS - 1);
    expect(responses.find((response) => response.status === 409)!.body.details).toMatchObject({
      resource: 'driver',
      resourceId: driverId,
    });
    expect(await overlappingOccupancies(t, 'driver_id')).toEqual([]);
    const [{ count }] = await t.sql<{ count: string }>('SELECT count(*) FROM fleet_occupancies WHERE driver_id = $1', [
      driverId,
    ]);
    expect(Number(count)).toBe(1);
  }, 90_000);
});
