import { DataSource } from 'typeorm';
import { constraintErrorOf, declaredConstraintNames } from '../../src/common/errors/constraint-errors';
import { mapPostgresError } from '../../src/common/errors/postgres-error-mapper';
import { startTestApp, TestApp } from '../support/test-app';
import { assetPlaces, registerAsset } from './assets-fixtures';
import { bearer, createDormitory } from './dormitories.factories';
import { createDriver, createVehicle, userId, vehicleInput } from './fleet-fixtures';
import { permitInput, setCapacity, setUpParking, taipeiDay } from './parking-fixtures';

const RAW_DATABASE_TEXT = /Failing row contains|violates [a-z -]*constraint|duplicate key value|Key \(/;

/**
 * Every CHECK and exclusion constraint of the schema answers a violation with a stable code, a
 * message and the field it is about, never with PostgreSQL's text (which quotes the failing row);
 * the rules users actually break are checked before the write and get the same answer.
 */
describe('constraint violations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t.close());

  const expectRuleBroken = (
    response: { status: number; body: Record<string, unknown> },
    status: number,
    code: string,
    field: string,
  ) => {
    expect({ status: response.status, body: response.body }).toEqual({
      status,
      body: expect.objectContaining({
        statusCode: status,
        code,
        message: expect.any(String),
        details: expect.objectContaining({ fields: [{ field, code, message: expect.any(String) }] }),
      }),
    });
    expect(JSON.stringify(response.body)).not.toMatch(RAW_DATABASE_TEXT);
  };

  it('declares an error for every CHECK, exclusion and unique constraint and unique index of the migrated schema, and for no other', async () => {
    // A unique constraint owns a unique index of its name; the union lists it once. Primary keys are left out.
    const constraints = await t.sql<{ name: string }>(
      `SELECT conname AS name FROM pg_constraint
        WHERE contype IN ('c', 'x', 'u') AND connamespace = 'public'::regnamespace
       UNION
       SELECT index.relname FROM pg_index
         JOIN pg_class index ON index.oid = pg_index.indexrelid
        WHERE pg_index.indisunique AND NOT pg_index.indisprimary AND index.relnamespace = 'public'::regnamespace
       ORDER BY name`,
    );
    expect(constraints.length).toBeGreaterThan(140);
    expect(constraints.map((row) => row.name)).toEqual(
      expect.arrayContaining(['ck_users_username_lower', 'uq_users_username', 'uq_fleet_vehicles_plate']),
    );
    const declared = new Set(declaredConstraintNames());
    expect(constraints.map((row) => row.name).filter((name) => !declared.has(name))).toEqual([]);
    const existing = new Set(constraints.map((row) => row.name));
    expect([...declared].filter((name) => !existing.has(name))).toEqual([]);
  });

  it('declares every unique constraint and unique index as a 409', () => {
    const notConflicts = declaredConstraintNames().filter(
      (name) => name.startsWith('uq_') && constraintErrorOf(name)?.status !== 409,
    );
    expect(notConflicts).toEqual([]);
  });

  it('answers a violation that reaches the database with the declared code and field, without the row', async () => {
    const dataSource = t.app.get(DataSource);
    const [ticket] = await t.sql<{ id: string }>('SELECT id FROM users LIMIT 1');
    const violations = [
      `UPDATE users SET username = upper(username) WHERE id = '${ticket.id}'`,
      "INSERT INTO job_runs (job_name, period_key, trigger, status, run_at) VALUES ('x', 'y', 'manual', 'lost', now())",
      // A site's code is unique by a partial unique INDEX, not a constraint: PostgreSQL names the index.
      `UPDATE locations SET code = (SELECT min(code) FROM locations WHERE kind = 'site')
        WHERE kind = 'site' AND code > (SELECT min(code) FROM locations WHERE kind = 'site')`,
    ];
    const answers = [];
    for (const sql of violations) {
      const error = await dataSource.query(sql).then(
        () => undefined,
        (failure: unknown) => failure,
      );
      answers.push(mapPostgresError(error));
    }
    expect(answers).toEqual([
      {
        statusCode: 422,
        code: 'user.username_lower_case',
        message: expect.any(String),
        details: {
          constraint: 'ck_users_username_lower',
          fields: [{ field: 'username', code: 'user.username_lower_case', message: expect.any(String) }],
        },
      },
      {
        statusCode: 422,
        code: 'job.status_unknown',
        message: expect.any(String),
        details: { constraint: 'ck_job_runs_status' },
      },
      {
        statusCode: 409,
        code: 'location.code_taken',
        message: expect.any(String),
        details: {
          constraint: 'uq_locations_site_code',
          fields: [{ field: 'code', code: 'location.code_taken', message: expect.any(String) }],
        },
      },
    ]);
    expect(JSON.stringify(answers)).not.toMatch(RAW_DATABASE_TEXT);
  });

  it('refuses a ticket without a location with 422 naming the field', async () => {
    const [trade] = await t.sql<{ code: string }>('SELECT code FROM trades ORDER BY code LIMIT 1');
    const response = await t
      .http()
      .post('/maintenance/tickets')
      .set('authorization', await bearer(t, 'requester'))
      .send({ tradeCode: trade.code, title: '沒有地點', description: '測試' });
    expectRuleBroken(response, 422, 'maintenance.location_required', 'locationId');
  });

  it('refuses a move-out before the move-in with 422 naming the field', async () => {
    const manager = await bearer(t, 'dormitory');
    const dormitory = await createDormitory(t);
    const assignment = await t
      .http()
      .post('/dormitory-assignments')
      .set('authorization', manager)
      .send({
        unitId: dormitory.units[0].id,
        occupantName: '陳美玲',
        occupantAgencyId: (await t.sql<{ id: string }>("SELECT id FROM agencies WHERE code = 'FINANCE'"))[0].id,
        startsOn: '2026-03-01',
      })
      .expect(201);
    const response = await t
      .http()
      .post(`/dormitory-assignments/${assignment.body.id}/move-out`)
      .set('authorization', manager)
      .send({ endsOn: '2026-02-01', version: assignment.body.version });
    expectRuleBroken(response, 422, 'dormitories.assignment_ends_before_start', 'endsOn');
  });

  it('refuses a residence booking that ends before it starts with 422 naming the field', async () => {
    const residence = await createDormitory(t, {
      type: 'head_residence',
      name: '市長官邸',
      lendable: true,
      units: undefined,
    });
    const response = await t
      .http()
      .post('/residence-bookings')
      .set('authorization', await bearer(t, 'requester'))
      .send({
        dormitoryId: residence.id,
        organizerType: 'school',
        organizerName: '四維國小',
        purpose: '公益音樂會',
        startsAt: '2030-05-01T10:00:00+08:00',
        endsAt: '2030-05-01T09:00:00+08:00',
      });
    expectRuleBroken(response, 422, 'dormitories.residence_booking_window', 'endsAt');
  });

  it("refuses lowering a lot's capacity below the permits issued with 422 naming the field", async () => {
    const parking = await setUpParking(t);
    await setCapacity(t, parking, 'SW', 2);
    for (const plate of ['CAP-1001', 'CAP-1002'])
      await t
        .http()
        .post('/parking/permits')
        .auth(parking.officer, { type: 'bearer' })
        .send(permitInput(parking, { plate, validFrom: taipeiDay(1), validTo: taipeiDay(1) }))
        .expect(201);
    const lots = await t.http().get('/parking/lots').auth(parking.admin, { type: 'bearer' }).expect(200);
    const lot = (lots.body as { code: string; version: number }[]).find((candidate) => candidate.code === 'SW')!;
    const response = await t
      .http()
      .patch('/parking/lots/SW')
      .auth(parking.admin, { type: 'bearer' })
      .send({ dailyCapacity: 1, version: lot.version });
    expectRuleBroken(response, 422, 'parking.capacity_below_issued', 'dailyCapacity');
  });

  it('refuses a stocktake line found moved without where or with whom with 422 naming the field', async () => {
    const places = await assetPlaces(t);
    const officer = await t.login('property');
    const asset = await registerAsset(t, places, { locationId: places.fengshanRoom, name: '投影機' });
    const stocktake = await t
      .http()
      .post('/asset-stocktakes')
      .auth(officer, { type: 'bearer' })
      .send({ rocYear: 113, scope: 'center', siteId: places.fengshan })
      .expect(201);
    const response = await t
      .http()
      .put(`/asset-stocktakes/${stocktake.body.id}/lines/${asset.id}`)
      .auth(officer, { type: 'bearer' })
      .send({ result: 'moved' });
    expectRuleBroken(response, 422, 'assets.stocktake_moved_needs_place', 'foundLocationId');
  });

  it('refuses an SLA policy whose resolution is shorter than its response with 422 naming the field', async () => {
    const coordinator = await bearer(t, 'coordinator');
    const policies = await t.http().get('/maintenance/sla-policies').set('authorization', coordinator).expect(200);
    const policy = (policies.body as { tradeCode: string; priority: string; version: number }[])[0];
    const response = await t
      .http()
      .put(`/maintenance/sla-policies/${policy.tradeCode}/${policy.priority}`)
      .set('authorization', coordinator)
      .send({ version: policy.version, responseMinutes: 600, resolutionMinutes: 60 });
    expectRuleBroken(response, 422, 'maintenance.sla_resolution_before_response', 'resolutionMinutes');
  });

  it('refuses a taken agency code with 409 naming the field', async () => {
    const response = await t
      .http()
      .post('/agencies')
      .set('authorization', await bearer(t, 'admin'))
      .send({ code: 'FINANCE', name: '重複代碼' });
    expectRuleBroken(response, 409, 'agency.code_taken', 'code');
  });

  it('refuses a taken site code, kept unique by a partial unique index, with 409 naming the field', async () => {
    const response = await t
      .http()
      .post('/locations')
      .set('authorization', await bearer(t, 'admin'))
      .send({ kind: 'site', code: 'FS', name: '另一個鳳山' });
    expectRuleBroken(response, 409, 'location.code_taken', 'code');
  });

  it('refuses a plate another vehicle has with 409 naming the field', async () => {
    const vehicle = await createVehicle(t);
    const response = await t
      .http()
      .post('/fleet/vehicles')
      .set('authorization', await bearer(t, 'dispatcher'))
      .send(await vehicleInput(t, { plate: vehicle.plate }));
    expectRuleBroken(response, 409, 'fleet.plate_taken', 'plate');
  });

  it('refuses a second driver profile of one user with 409 naming the field', async () => {
    await createDriver(t, 'unique-driver');
    const response = await t
      .http()
      .post('/fleet/drivers')
      .set('authorization', await bearer(t, 'dispatcher'))
      .send({
        userId: await userId(t, 'unique-driver'),
        licenceClass: 'professional_light_vehicle',
        licenceExpiresOn: '2099-12-31',
      });
    expectRuleBroken(response, 409, 'fleet.driver_exists', 'userId');
  });

  it("refuses a second stocktake of a center's year with 409 naming the field", async () => {
    const places = await assetPlaces(t);
    const officer = await t.login('property');
    const open = () =>
      t
        .http()
        .post('/asset-stocktakes')
        .auth(officer, { type: 'bearer' })
        .send({ rocYear: 114, scope: 'center', siteId: places.siwei });
    await open().expect(201);
    expectRuleBroken(await open(), 409, 'assets.stocktake_exists', 'rocYear');
  });

  it('refuses a space code or a room another space has with 409 naming the field', async () => {
    const venues = await bearer(t, 'venues');
    const [space] = await t.sql<{ code: string; location_id: string }>(
      'SELECT code, location_id FROM venue_spaces ORDER BY code LIMIT 1',
    );
    const [freeRoom] = await t.sql<{ id: string }>(
      `SELECT id FROM locations WHERE kind = 'room' AND id NOT IN (SELECT location_id FROM venue_spaces) ORDER BY code LIMIT 1`,
    );
    const create = (locationId: string, code: string) =>
      t
        .http()
        .post('/venues/spaces')
        .set('authorization', venues)
        .send({ locationId, code, name: '新場地', kind: 'meeting_room', capacity: 10 });
    expectRuleBroken(await create(freeRoom.id, space.code), 409, 'venue.space_code_taken', 'code');
    expectRuleBroken(await create(space.location_id, 'NEW-SPACE-1'), 409, 'venue.space_location_taken', 'locationId');
  });
});
