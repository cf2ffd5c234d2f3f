import { startTestApp, TestApp } from '../support/test-app';
import { bookingInput, createDriver, createVehicle, dispatcher, requestBooking, userId } from './fleet-fixtures';

/** Access rules decided on purpose (README, roles table) where the sweep found them inconsistent. */
describe('access decisions', () => {
  let t: TestApp;
  const as = async (username: string) => ({ authorization: `Bearer ${await t.login(username)}` });
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t.close());

  it("lets a technician read only their own trades, and a coordinator anyone's", async () => {
    const technicianId = await userId(t, 'technician');
    const coordinatorId = await userId(t, 'coordinator');
    await t
      .http()
      .get(`/maintenance/technicians/${technicianId}/trades`)
      .set(await as('technician'))
      .expect(200);
    const refused = await t
      .http()
      .get(`/maintenance/technicians/${coordinatorId}/trades`)
      .set(await as('technician'))
      .expect(404);
    expect(refused.body.code).toBe('technician.not_found');
    await t
      .http()
      .get(`/maintenance/technicians/${technicianId}/trades`)
      .set(await as('coordinator'))
      .expect(200);
  });

  it("shows a driver the bookings on the trips they drive, not other agencies' bookings", async () => {
    const driverId = await createDriver(t, 'driver');
    const vehicle = await createVehicle(t, { plate: 'kha 3001', seats: 5 });
    const driven = await requestBooking(t, 'requester', bookingInput(1, 2));
    const other = await requestBooking(t, 'requester', bookingInput(5, 2));
    await (
      await dispatcher(t)
    )('post', `/fleet/bookings/${driven.id}/assign`, {
      vehicleId: vehicle.id,
      driverId,
      version: driven.version,
    }).expect(200);
    const driver = await as('driver');
    await t.http().get(`/fleet/bookings/${driven.id}`).set(driver).expect(200);
    await t.http().get(`/fleet/bookings/${other.id}`).set(driver).expect(404);
    const listed = await t.http().get('/fleet/bookings').set(driver).expect(200);
    expect(listed.body.items.map((booking: { id: string }) => booking.id)).toEqual([driven.id]);
  });
});
