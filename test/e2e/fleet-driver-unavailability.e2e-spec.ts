import {
  at,
  bookingInput,
  createDriver,
  createVehicle,
  dispatcher,
  overlappingOccupancies,
  requestBooking,
  useFleetTestApp,
} from './fleet-fixtures';

const ROUNDS = 8;

describe('fleet: driver unavailability (leave, training)', () => {
  const app = useFleetTestApp();

  it('records a leave, audited, and keeps the driver out of the candidates and the assignment in its window', async () => {
    const { t } = app;
    const asDispatcher = await dispatcher(t);
    const driverId = await createDriver(t, 'leave-driver');
    const vehicle = await createVehicle(t);
    const booking = await requestBooking(t, 'requester', bookingInput(20, 2));
    const leave = await asDispatcher('post', `/fleet/drivers/${driverId}/unavailabilities`, {
      kind: 'leave',
      startsAt: at(19).toISOString(),
      endsAt: at(30).toISOString(),
      reason: ' 年度休假 ',
    }).expect(201);
    expect(leave.body).toMatchObject({ driverId, kind: 'leave', reason: '年度休假' });

    const candidates = await asDispatcher('get', `/fleet/bookings/${booking.id}/candidates`).expect(200);
    expect(candidates.body.drivers.map((driver: { id: string }) => driver.id)).not.toContain(driverId);
    const refused = await asDispatcher('post', `/fleet/bookings/${booking.id}/assign`, {
      vehicleId: vehicle.id,
      driverId,
      turnaroundMinutes: 0,
    }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'fleet.double_booked',
      details: { resource: 'driver', conflictingBookingIds: [], conflictingUnavailabilityIds: [leave.body.id] },
    });

    const listed = await asDispatcher(
      'get',
      `/fleet/drivers/unavailabilities?driverId=${driverId}&from=${at(0).toISOString()}&to=${at(48).toISOString()}`,
    ).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([leave.body.id]);
    const outside = await asDispatcher('get', `/fleet/drivers/unavailabilities?from=${at(31).toISOString()}`).expect(
      200,
    );
    expect(outside.body.items.map((item: { id: string }) => item.id)).not.toContain(leave.body.id);
    const audit = await t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'driver_unavailability' AND entity_id = $1",
      [leave.body.id],
    );
    expect(audit).toEqual([{ action: 'create' }]);

    const afterLeave = await requestBooking(t, 'requester', bookingInput(31, 2));
    await asDispatcher('post', `/fleet/bookings/${afterLeave.id}/assign`, {
      vehicleId: vehicle.id,
      driverId,
      turnaroundMinutes: 0,
    }).expect(200);
  });

  it('refuses a leave over a trip the driver already drives, naming the booking', async () => {
    const { t } = app;
    const asDispatcher = await dispatcher(t);
    const driverId = await createDriver(t, 'busy-driver');
    const vehicle = await createVehicle(t);
    const booking = await requestBooking(t, 'requester', bookingInput(40, 2));
    await asDispatcher('post', `/fleet/bookings/${booking.id}/assign`, {
      vehicleId: vehicle.id,
      driverId,
      turnaroundMinutes: 0,
    }).expect(200);
    const refused = await asDispatcher('post', `/fleet/drivers/${driverId}/unavailabilities`, {
      kind: 'training',
      startsAt: at(41).toISOString(),
      endsAt: at(44).toISOString(),
      reason: '防禦駕駛訓練',
    }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'fleet.double_booked',
      details: { resource: 'driver', conflictingBookingIds: [booking.id] },
    });
  });

  it('validates the window, the kind and the reason, and lets only dispatchers record', async () => {
    const { t } = app;
    const asDispatcher = await dispatcher(t);
    const driverId = await createDriver(t, 'checked-driver');
    const url = `/fleet/drivers/${driverId}/unavailabilities`;
    const valid = { kind: 'leave', startsAt: at(50).toISOString(), endsAt: at(52).toISOString(), reason: '事假' };
    const reversed = await asDispatcher('post', url, { ...valid, endsAt: at(49).toISOString() }).expect(422);
    expect(reversed.body).toMatchObject({
      code: 'fleet.unavailability_window',
      details: { fields: [{ field: 'endsAt', code: 'fleet.unavailability_window' }] },
    });
    const invalid = await asDispatcher('post', url, { ...valid, kind: 'holiday', reason: '' }).expect(400);
    expect(invalid.body.details.fields.map((field: { field: string; code: string }) => field)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'kind', code: 'isIn' }),
        expect.objectContaining({ field: 'reason', code: 'isNotEmpty' }),
      ]),
    );
    const requester = await t.login('requester');
    await t.http().post(url).set('authorization', `Bearer ${requester}`).send(valid).expect(403);
    await t.http().get('/fleet/drivers/unavailabilities').set('authorization', `Bearer ${requester}`).expect(403);
    await asDispatcher('post', '/fleet/drivers/00000000-0000-4000-8000-000000000000/unavailabilities', valid).expect(
      404,
    );
    const [{ count }] = await t.sql<{ count: string }>(
      'SELECT count(*) FROM fleet_driver_unavailabilities WHERE driver_id = $1',
      [driverId],
    );
    expect(Number(count)).toBe(0);
  });

  it('lets exactly one of a leave and an assignment racing for the same driver through, every time', async () => {
    const { t } = app;
    const asDispatcher = await dispatcher(t);
    const rounds = await Promise.all(
      Array.from({ length: ROUNDS }, async (_, round) => ({
        driverId: await createDriver(t, `racing-driver-${round}`),
        vehicleId: (await createVehicle(t)).id,
        bookingId: (await requestBooking(t, 'requester', bookingInput(60, 2))).id,
      })),
    );
    const outcomes = await Promise.all(
      rounds.map(({ driverId, vehicleId, bookingId }) =>
        Promise.all([
          asDispatcher('post', `/fleet/drivers/${driverId}/unavailabilities`, {
            kind: 'official_duty',
            startsAt: at(59).toISOString(),
            endsAt: at(63).toISOString(),
            reason: '公差',
          }),
          asDispatcher('post', `/fleet/bookings/${bookingId}/assign`, { vehicleId, driverId, turnaroundMinutes: 0 }),
        ]),
      ),
    );
    for (const [leave, assign] of outcomes) {
      expect([leave.status, assign.status].sort()).toEqual(leave.status === 201 ? [201, 409] : [200, 409]);
      const loser = leave.status === 201 ? assign : leave;
      expect(loser.body.code).toBe('fleet.double_booked');
    }
    expect(await overlappingOccupancies(t, 'driver_id')).toEqual([]);
    const [{ held }] = await t.sql<{ held: string }>(
      'SELECT count(*) AS held FROM fleet_occupancies WHERE driver_id = ANY($1::uuid[])',
      [rounds.map((round) => round.driverId)],
    );
    expect(Number(held)).toBe(ROUNDS);
  });
});
