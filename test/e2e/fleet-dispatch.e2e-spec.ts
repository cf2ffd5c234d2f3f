import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';
import {
  agencyId,
  bookingInput,
  createDriver,
  createVehicle,
  dispatcher,
  requestBooking,
  userId,
} from './fleet-fixtures';

describe('fleet dispatch', () => {
  let t: TestApp;
  let driverId: string;
  beforeAll(async () => {
    t = await startTestApp();
    driverId = await createDriver(t, 'driver');
  }, 60_000);
  afterAll(() => t.close());

  // First, while the file's fleet is still empty.
  it('refuses a request while no vehicle is in service, saying so instead of a zero-seat limit', async () => {
    await createVehicle(t, { status: 'retired', seats: 9 });
    const token = await t.login('requester');
    const refused = await t
      .http()
      .post('/fleet/bookings')
      .set('authorization', `Bearer ${token}`)
      .send(bookingInput(5, 1))
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'fleet.no_vehicle_in_service' });
    expect(refused.body.details?.fields).toBeUndefined();
    expect(await t.sql('SELECT 1 FROM fleet_bookings')).toEqual([]);
  });

  it('takes a booking from request to completed trip: requester, dispatcher, driver', async () => {
    const vehicle = await createVehicle(t, { plate: 'kha 2001', seats: 5 });
    expect(vehicle.plate).toBe('KHA-2001');
    const booking = await requestBooking(t, 'requester', bookingInput(1, 3, { passengers: 3 }));
    expect(booking).toMatchObject({ state: 'requested', channel: 'online', requesterId: await userId(t, 'requester') });
    const asRequester = await t.login('requester');
    const read = await t
      .http()
      .get(`/fleet/bookings/${booking.id}`)
      .set('authorization', `Bearer ${asRequester}`)
      .expect(200);
    expect(booking).toEqual(read.body);

    const asDispatcher = await dispatcher(t);
    const candidates = await asDispatcher('get', `/fleet/bookings/${booking.id}/candidates`).expect(200);
    expect(candidates.body.vehicles.map((candidate: { id: string }) => candidate.id)).toContain(vehicle.id);
    expect(candidates.body.drivers.map((candidate: { id: string }) => candidate.id)).toContain(driverId);

    const assigned = await asDispatcher('post', `/fleet/bookings/${booking.id}/assign`, {
      vehicleId: vehicle.id,
      driverId,
      version: booking.version,
    }).expect(200);
    expect(assigned.body).toMatchObject({
      state: 'approved',
      trip: { vehicleId: vehicle.id, driverId, state: 'planned' },
    });
    const tripId = assigned.body.tripId as string;

    const driverToken = await t.login('driver');
    const tasks = await t.http().get('/fleet/trips').set('authorization', `Bearer ${driverToken}`).expect(200);
    expect(tasks.body.items.find((trip: { id: string }) => trip.id === tripId).bookings).toEqual([
      {
        id: booking.id,
        purpose: '至鳳山行政中心開會',
        origin: '四維行政中心',
        stops: ['高雄車站'],
        destination: '鳳山行政中心',
        passengers: 3,
        requesterName: '王小明',
        contactPhone: '07-7995678#1234',
      },
    ]);
    const low = await t
      .http()
      .post(`/fleet/trips/${tripId}/check-out`)
      .set('authorization', `Bearer ${driverToken}`)
      .send({ odometerKm: 9999, fuelPercent: 90 })
      .expect(422);
    expect(low.body).toMatchObject({
      code: 'fleet.odometer_lower',
      details: {
        lastReadingKm: 10000,
        fields: [{ field: 'odometerKm', code: 'fleet.odometer_lower', params: { min: 10000 } }],
      },
    });
    expect(low.body.message).toContain('10000 km');

    const out = await t
      .http()
      .post(`/fleet/trips/${tripId}/check-out`)
      .set('authorization', `Bearer ${driverToken}`)
      .send({ odometerKm: 10010, fuelPercent: 90 })
      .expect(200);
    expect(out.body).toMatchObject({ state: 'in_trip', odometerOutKm: 10010, bookingIds: [booking.id] });
    const onTheRoad = await t
      .http()
      .get(`/fleet/bookings/${booking.id}`)
      .set('authorization', `Bearer ${await t.login('requester')}`)
      .expect(200);
    expect(onTheRoad.body.state).toBe('in_trip');

    const back = await t
      .http()
      .post(`/fleet/trips/${tripId}/check-in`)
      .set('authorization', `Bearer ${driverToken}`)
      .send({ odometerKm: 10052, fuelPercent: 70, notes: '右後車門刮傷' })
      .expect(200);
    expect(back.body).toMatchObject({ state: 'completed', kmDriven: 42, notesIn: '右後車門刮傷' });
    const [row] = await t.sql<{ state: string; odometer_km: number }>(
      'SELECT b.state, v.odometer_km FROM fleet_bookings b JOIN fleet_trips t ON t.id = b.trip_id JOIN fleet_vehicles v ON v.id = t.vehicle_id WHERE b.id = $1',
      [booking.id],
    );
    expect(row).toEqual({ state: 'completed', odometer_km: 10052 });
    const audit = await t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'booking' AND entity_id = $1 ORDER BY occurred_at, id",
      [booking.id],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'assign', 'in_trip', 'completed']);
  });

  it('answers each invalid request with a 400 listing the problems', async () => {
    const token = await t.login('requester');
    const post = (body: object) => t.http().post('/fleet/bookings').set('authorization', `Bearer ${token}`).send(body);
    const backwards = await post(bookingInput(5, -1)).expect(400);
    expect(backwards.body).toMatchObject({
      code: 'fleet.booking_invalid',
      details: { problems: ['endsAt must be after startsAt'] },
    });
    const past = await post({ ...bookingInput(0, 1), startsAt: new Date(Date.now() - 3_600_000).toISOString() }).expect(
      400,
    );
    expect(past.body.details.problems).toContain('startsAt is in the past');
    const soon = await post({
      ...bookingInput(0, 1),
      startsAt: new Date(Date.now() + 600_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    }).expect(400);
    expect(soon.body.details.problems).toEqual(['startsAt must be at least 60 minutes from now']);
    const far = await post(bookingInput(100 * 24, 1)).expect(400);
    expect(far.body.details.problems).toEqual(['startsAt must be within 90 days from now']);
    const crowd = await post(bookingInput(5, 1, { passengers: 40 })).expect(400);
    expect(crowd.body.details.problems[0]).toMatch(/passengers \(40\) exceed the largest vehicle's \d+ seats/);
    const malformed = await post({
      ...bookingInput(5, 1),
      passengers: 0,
      contactPhone: 'call me',
      colour: 'red',
    }).expect(400);
    expect(malformed.body.code).toBe('validation.failed');
    expect(malformed.body.details.fields).toEqual(
      expect.arrayContaining([
        { field: 'passengers', code: 'min', message: expect.any(String), params: { min: 1 } },
        { field: 'contactPhone', code: 'matches', message: expect.any(String) },
        { field: 'colour', code: 'whitelistValidation', message: expect.any(String) },
      ]),
    );
    expect(await t.sql('SELECT 1 FROM fleet_bookings WHERE passengers = 40')).toEqual([]);
  });

  it("hides another agency's bookings: 404 to read and cancel, absent from lists", async () => {
    const admin = await t.login('admin');
    const agency = await t
      .http()
      .post('/agencies')
      .set('authorization', `Bearer ${admin}`)
      .send({ code: 'FLEET-OTHER', name: '其他機關' })
      .expect(201);
    await t
      .http()
      .post('/users')
      .set('authorization', `Bearer ${admin}`)
      .send({
        username: 'other-requester',
        displayName: '其他申請人',
        agencyId: agency.body.id,
        roles: ['requester'],
        password: TEST_PASSWORD,
      })
      .expect(201);
    const theirs = await requestBooking(t, 'other-requester', bookingInput(30, 1));
    const ours = await requestBooking(t, 'requester', bookingInput(31, 1));
    const token = await t.login('requester');
    await t.http().get(`/fleet/bookings/${theirs.id}`).set('authorization', `Bearer ${token}`).expect(404);
    await t
      .http()
      .post(`/fleet/bookings/${theirs.id}/cancel`)
      .set('authorization', `Bearer ${token}`)
      .send({ reason: '不需要' })
      .expect(404);
    const list = await t.http().get('/fleet/bookings?limit=200').set('authorization', `Bearer ${token}`).expect(200);
    const ids = list.body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(ours.id);
    expect(ids).not.toContain(theirs.id);
    expect(list.body.items.every((item: { agencyId: string }) => item.agencyId === list.body.items[0].agencyId)).toBe(
      true,
    );
    const csv = await t
      .http()
      .get('/fleet/bookings/export?format=csv')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(csv.text).toContain(ours.id);
    expect(csv.text).not.toContain(theirs.id);
    expect(csv.text).toContain('申請管道');
    const [{ state }] = await t.sql<{ state: string }>('SELECT state FROM fleet_bookings WHERE id = $1', [theirs.id]);
    expect(state).toBe('requested');
  });

  it('lets back-to-back trips share a vehicle without a buffer, and keeps the buffer when there is one', async () => {
    const vehicle = await createVehicle(t);
    const asDispatcher = await dispatcher(t);
    const first = await requestBooking(t, 'requester', bookingInput(40, 2, { needsDriver: false }));
    const second = await requestBooking(t, 'requester', bookingInput(42, 2, { needsDriver: false }));
    await asDispatcher('post', `/fleet/bookings/${first.id}/assign`, {
      vehicleId: vehicle.id,
      turnaroundMinutes: 0,
    }).expect(200);
    await asDispatcher('post', `/fleet/bookings/${second.id}/assign`, {
      vehicleId: vehicle.id,
      turnaroundMinutes: 0,
    }).expect(200);

    const third = await requestBooking(t, 'requester', bookingInput(50, 2, { needsDriver: false }));
    const fourth = await requestBooking(t, 'requester', bookingInput(52, 2, { needsDriver: false }));
    await asDispatcher('post', `/fleet/bookings/${third.id}/assign`, {
      vehicleId: vehicle.id,
      turnaroundMinutes: 30,
    }).expect(200);
    const refused = await asDispatcher('post', `/fleet/bookings/${fourth.id}/assign`, {
      vehicleId: vehicle.id,
      turnaroundMinutes: 0,
    }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'fleet.double_booked',
      details: { resource: 'vehicle', conflictingBookingIds: [third.id] },
    });
    expect(refused.body.message).toContain(third.id);
    const [{ buffer }] = await t.sql<{ buffer: number }>(
      'SELECT o.turnaround_minutes AS buffer FROM fleet_occupancies o JOIN fleet_bookings b ON b.trip_id = o.trip_id WHERE b.id = $1',
      [third.id],
    );
    expect(buffer).toBe(30);
  });

  it('refuses vehicles with lapsed papers, in maintenance or retired, and cars held by an unavailability', async () => {
    const asDispatcher = await dispatcher(t);
    const booking = await requestBooking(t, 'requester', bookingInput(60, 2, { needsDriver: false }));
    const lapsed = await createVehicle(t, { insuranceExpiresOn: '2020-01-01' });
    const refused = await asDispatcher('post', `/fleet/bookings/${booking.id}/assign`, { vehicleId: lapsed.id }).expect(
      422,
    );
    expect(refused.body).toMatchObject({
      code: 'fleet.vehicle_not_assignable',
      details: { reasons: ['insurance lapsed on 2020-01-01'] },
    });
    for (const status of ['maintenance', 'retired']) {
      const vehicle = await createVehicle(t, { status });
      const response = await asDispatcher('post', `/fleet/bookings/${booking.id}/assign`, {
        vehicleId: vehicle.id,
      }).expect(422);
      expect(response.body.details.reasons).toEqual([
        `the vehicle ${status === 'retired' ? 'is retired' : 'is in maintenance'}`,
      ]);
    }
    const serviced = await createVehicle(t);
    const window = { startsAt: bookingInput(59, 4).startsAt, endsAt: bookingInput(59, 4).endsAt };
    const unavailability = await asDispatcher('post', `/fleet/vehicles/${serviced.id}/unavailabilities`, {
      kind: 'inspection',
      ...window,
    }).expect(201);
    const held = await asDispatcher('post', `/fleet/bookings/${booking.id}/assign`, {
      vehicleId: serviced.id,
      turnaroundMinutes: 0,
    }).expect(409);
    expect(held.body.details).toMatchObject({
      conflictingBookingIds: [],
      conflictingUnavailabilityIds: [unavailability.body.id],
    });
    const candidates = await asDispatcher('get', `/fleet/bookings/${booking.id}/candidates`).expect(200);
    const candidateIds = candidates.body.vehicles.map((vehicle: { id: string }) => vehicle.id);
    expect(candidateIds).not.toContain(serviced.id);
    expect(candidateIds).not.toContain(lapsed.id);
    expect(candidates.body.drivers).toEqual([]);
  });

  it('keeps the VIP van for VIP requests, proposing it for an ordinary trip only when nothing else is free', async () => {
    const asDispatcher = await dispatcher(t);
    const vip = await createVehicle(t, { vehicleClass: 'vip_van', seats: 9 });
    const van = await createVehicle(t, { vehicleClass: 'van', seats: 12 });
    const ordinary = await requestBooking(t, 'requester', bookingInput(90, 2, { passengers: 7, needsDriver: false }));
    const classesOf = async (bookingId: string) =>
      (await asDispatcher('get', `/fleet/bookings/${bookingId}/candidates`).expect(200)).body.vehicles.map(
        (candidate: { vehicleClass: string }) => candidate.vehicleClass,
      );
    const ranked: string[] = await classesOf(ordinary.id);
    expect(ranked.indexOf('van')).toBeGreaterThanOrEqual(0);
    expect(ranked.slice(ranked.indexOf('vip_van'))).toEqual(
      ranked.filter((vehicleClass) => vehicleClass === 'vip_van'),
    );

    const vipRequest = await requestBooking(
      t,
      'requester',
      bookingInput(90, 2, { passengers: 7, needsDriver: false, wantedClass: 'vip_van' }),
    );
    expect(
      (await asDispatcher('get', `/fleet/bookings/${vipRequest.id}/candidates`).expect(200)).body.vehicles[0],
    ).toMatchObject({
      id: vip.id,
    });

    const window = { kind: 'maintenance', startsAt: bookingInput(89, 4).startsAt, endsAt: bookingInput(89, 4).endsAt };
    await asDispatcher('post', `/fleet/vehicles/${van.id}/unavailabilities`, window).expect(201);
    expect(new Set(await classesOf(ordinary.id))).toEqual(new Set(['vip_van']));
  });

  it('pools compatible requests on one trip, each keeping its own state, within the seats', async () => {
    const van = await createVehicle(t, { vehicleClass: 'vip_van', seats: 9 });
    const asDispatcher = await dispatcher(t);
    const first = await requestBooking(t, 'requester', bookingInput(70, 2, { passengers: 4, wantedClass: 'vip_van' }));
    const second = await requestBooking(t, 'requester', bookingInput(71, 2, { passengers: 5 }));
    const third = await requestBooking(t, 'requester', bookingInput(70, 2, { passengers: 1 }));
    const assigned = await asDispatcher('post', `/fleet/bookings/${first.id}/assign`, {
      vehicleId: van.id,
      driverId,
      turnaroundMinutes: 0,
    }).expect(200);
    const tripId = assigned.body.tripId;
    const pooled = await asDispatcher('post', `/fleet/bookings/${second.id}/pool`, { tripId }).expect(200);
    expect(pooled.body).toMatchObject({ state: 'approved', tripId, trip: { endsAt: bookingInput(71, 2).endsAt } });
    const full = await asDispatcher('post', `/fleet/bookings/${third.id}/pool`, { tripId }).expect(422);
    expect(full.body).toMatchObject({ code: 'fleet.seats_exceeded', details: { seats: 9, passengers: 10 } });
    await asDispatcher('post', `/fleet/bookings/${second.id}/no-show`).expect(200);
    const states = await t.sql<{ id: string; state: string }>(
      'SELECT id, state FROM fleet_bookings WHERE trip_id = $1 ORDER BY starts_at',
      [tripId],
    );
    expect(states).toEqual([
      { id: first.id, state: 'approved' },
      { id: second.id, state: 'no_show' },
    ]);
    const [occupancy] = await t.sql<{ upper: Date }>(
      'SELECT upper(during) FROM fleet_occupancies WHERE trip_id = $1 AND vehicle_id IS NOT NULL',
      [tripId],
    );
    expect(occupancy.upper.toISOString()).toBe(bookingInput(71, 2).endsAt);
  });

  it('enters paper requests for another agency, rejects and cancels with a reason, and frees the car', async () => {
    const asDispatcher = await dispatcher(t);
    const requesterId = await userId(t, 'requester');
    const paper = await asDispatcher('post', '/fleet/bookings/paper', {
      ...bookingInput(80, 3, { needsDriver: false, loan: true }),
      agencyId: await agencyId(t, 'FINANCE'),
      requesterName: '林書面',
      requesterId,
    }).expect(201);
    expect(paper.body).toMatchObject({
      channel: 'paper',
      requesterId,
      paperRequesterName: '林書面',
      agencyId: await agencyId(t, 'FINANCE'),
      enteredById: await userId(t, 'dispatcher'),
      loan: true,
    });
    const vehicle = await createVehicle(t);
    await asDispatcher('post', `/fleet/bookings/${paper.body.id}/assign`, { vehicleId: vehicle.id }).expect(200);

    const requester = await t.login('requester');
    await t
      .http()
      .post(`/fleet/bookings/${paper.body.id}/cancel`)
      .set('authorization', `Bearer ${requester}`)
      .send({ reason: '  ' })
      .expect(400);
    const cancelled = await t
      .http()
      .post(`/fleet/bookings/${paper.body.id}/cancel`)
      .set('authorization', `Bearer ${requester}`)
      .send({ reason: '會議延期' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', reason: '會議延期' });
    expect(await t.sql('SELECT 1 FROM fleet_occupancies WHERE trip_id = $1', [cancelled.body.tripId])).toEqual([]);
    await t
      .http()
      .post(`/fleet/bookings/${paper.body.id}/cancel`)
      .set('authorization', `Bearer ${requester}`)
      .send({ reason: '再取消' })
      .expect(409);

    const other = await requestBooking(t, 'requester', bookingInput(80, 3, { needsDriver: false }));
    await asDispatcher('post', `/fleet/bookings/${other.id}/assign`, { vehicleId: vehicle.id }).expect(200);
    await asDispatcher('post', `/fleet/bookings/${other.id}/reject`, {}).expect(400);
    const rejected = await asDispatcher('post', `/fleet/bookings/${other.id}/reject`, { reason: '車輛不足' }).expect(
      200,
    );
    expect(rejected.body).toMatchObject({ state: 'rejected', reason: '車輛不足' });
    await t
      .http()
      .post(`/fleet/bookings/${other.id}/assign`)
      .set('authorization', `Bearer ${requester}`)
      .send({ vehicleId: vehicle.id })
      .expect(403);
  });

  it('enters a paper request by agency and name, refusing a blank name, a foreign account and a requester', async () => {
    const asDispatcher = await dispatcher(t);
    const finance = await agencyId(t, 'FINANCE');
    const paperInput = { ...bookingInput(90, 2, { needsDriver: false }), agencyId: finance, requesterName: ' 陳紙本 ' };
    const paper = await asDispatcher('post', '/fleet/bookings/paper', paperInput).expect(201);
    expect(paper.body).toMatchObject({
      channel: 'paper',
      agencyId: finance,
      paperRequesterName: '陳紙本',
      requesterId: await userId(t, 'dispatcher'),
      state: 'requested',
    });

    const blank = await asDispatcher('post', '/fleet/bookings/paper', { ...paperInput, requesterName: '  ' }).expect(
      400,
    );
    expect(blank.body.details.fields).toEqual([expect.objectContaining({ field: 'requesterName', code: 'matches' })]);
    const [other] = await t.sql<{ id: string }>('SELECT id FROM agencies WHERE id <> $1 AND active LIMIT 1', [finance]);
    const foreign = await asDispatcher('post', '/fleet/bookings/paper', {
      ...paperInput,
      agencyId: other.id,
      requesterId: await userId(t, 'requester'),
    }).expect(422);
    expect(foreign.body).toMatchObject({
      code: 'fleet.paper_requester_agency',
      details: { fields: [{ field: 'requesterId', code: 'fleet.paper_requester_agency' }] },
    });
    const unknown = await asDispatcher('post', '/fleet/bookings/paper', {
      ...paperInput,
      agencyId: '00000000-0000-4000-8000-000000000000',
    }).expect(404);
    expect(unknown.body.code).toBe('agency.not_found');
    const requester = await t.login('requester');
    await t.http().post('/fleet/bookings/paper').auth(requester, { type: 'bearer' }).send(paperInput).expect(403);

    const vehicle = await createVehicle(t);
    await asDispatcher('post', `/fleet/bookings/${paper.body.id}/assign`, { vehicleId: vehicle.id }).expect(200);
    const day = new Date(paperInput.startsAt).toLocaleDateString('en-CA', { timeZone: 'Asia/Taipei' });
    const figures = await asDispatcher('get', `/fleet/figures?from=${day}&to=${day}`).expect(200);
    expect(figures.body.dispatched.paper).toBeGreaterThanOrEqual(1);
    const onlineDirect = await t
      .sql("UPDATE fleet_bookings SET paper_requester_name = 'x' WHERE channel = 'online' RETURNING id")
      .catch((error: { constraint?: string }) => error.constraint);
    expect(onlineDirect).toBe('ck_fleet_bookings_paper_requester');
  });

  it('refuses pooling a request that does not overlap the trip, and a colleague cancelling a booking not theirs', async () => {
    const asDispatcher = await dispatcher(t);
    const vehicle = await createVehicle(t, { seats: 9 });
    const first = await requestBooking(t, 'requester', bookingInput(110, 2, { needsDriver: false }));
    const later = await requestBooking(t, 'requester', bookingInput(115, 2, { needsDriver: false }));
    const assigned = await asDispatcher('post', `/fleet/bookings/${first.id}/assign`, {
      vehicleId: vehicle.id,
    }).expect(200);
    const refused = await asDispatcher('post', `/fleet/bookings/${later.id}/pool`, {
      tripId: assigned.body.tripId,
    }).expect(422);
    expect(refused.body).toMatchObject({
      code: 'fleet.pool_incompatible',
      details: { bookingId: later.id, tripId: assigned.body.tripId },
    });

    const [requester] = await t.sql<{ agency_id: string }>("SELECT agency_id FROM users WHERE username = 'requester'");
    await t
      .http()
      .post('/users')
      .set('authorization', `Bearer ${await t.login('admin')}`)
      .send({
        username: 'colleague',
        displayName: '同機關同仁',
        agencyId: requester.agency_id,
        roles: ['requester'],
        password: TEST_PASSWORD,
      })
      .expect(201);
    const forbidden = await t
      .http()
      .post(`/fleet/bookings/${later.id}/cancel`)
      .set('authorization', `Bearer ${await t.login('colleague')}`)
      .send({ reason: '代為取消' })
      .expect(403);
    expect(forbidden.body).toMatchObject({ code: 'fleet.cancel_forbidden', details: { bookingId: later.id } });
  });
});
