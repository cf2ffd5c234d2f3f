import { DormitoriesService } from '../../src/dormitories/registry/dormitories.service';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer, createDormitory, createOtherAgencyUser } from './dormitories.factories';

describe('dormitory register', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await bearer(t, 'dormitory');
  }, 60_000);
  afterAll(() => t.close());

  it('creates a multi-room dormitory with its units and an audit entry, and refuses a taken code', async () => {
    const dormitory = await createDormitory(t, {
      code: 'DT-MULTI-1',
      units: [{ code: '1F-1' }, { code: '1F-2', roomCount: 3 }, { code: '2F-1' }],
    });
    const read = await t.http().get(`/dormitories/${dormitory.id}`).set('authorization', manager).expect(200);
    expect(read.body.units.map((unit: { code: string }) => unit.code)).toEqual(['1F-1', '1F-2', '2F-1']);
    const audit = await t.sql<{ entity_type: string }>('SELECT entity_type FROM audit_entries WHERE entity_id = $1', [
      dormitory.id,
    ]);
    expect(audit).toEqual([{ entity_type: 'dormitory' }]);
    const duplicate = await t
      .http()
      .post('/dormitories')
      .set('authorization', manager)
      .send({ code: 'DT-MULTI-1', name: 'x', address: 'y', type: 'family' })
      .expect(409);
    expect(duplicate.body).toMatchObject({
      code: 'dormitory.code_taken',
      details: { fields: [{ field: 'code', code: 'dormitory.code_taken', message: expect.any(String) }] },
    });
  });

  it('names the unit whose code its dormitory already has, in a new register entry and an added unit', async () => {
    const repeated = await t
      .http()
      .post('/dormitories')
      .set('authorization', manager)
      .send({
        code: 'DT-UNITS-1',
        name: '四維職務宿舍',
        address: 'y',
        type: 'multi_room_staff',
        units: [{ code: '1F-1' }, { code: '1F-2' }, { code: '1F-1' }],
      })
      .expect(409);
    expect(repeated.body).toMatchObject({
      code: 'dormitory_unit.code_taken',
      details: { fields: [{ field: 'units.2.code', code: 'dormitory_unit.code_taken', message: expect.any(String) }] },
    });
    expect(await t.sql("SELECT 1 FROM dormitories WHERE code = 'DT-UNITS-1'")).toEqual([]);
    const dormitory = await createDormitory(t, { units: [{ code: '1F-1' }] });
    const taken = await t
      .http()
      .post(`/dormitories/${dormitory.id}/units`)
      .set('authorization', manager)
      .send({ code: '1F-1' })
      .expect(409);
    expect(taken.body).toMatchObject({
      code: 'dormitory_unit.code_taken',
      details: { fields: [{ field: 'code', code: 'dormitory_unit.code_taken', message: expect.any(String) }] },
    });
  });

  it('validates input and gives single-unit dormitories exactly one unit', async () => {
    const invalid = await t
      .http()
      .post('/dormitories')
      .set('authorization', manager)
      .send({ code: 'x', name: '', address: 'y', type: 'castle', extra: 1 })
      .expect(400);
    expect(invalid.body.details.fields).toEqual(
      expect.arrayContaining([
        { field: 'code', code: 'matches', message: expect.any(String) },
        { field: 'name', code: 'isNotEmpty', message: expect.any(String) },
        {
          field: 'type',
          code: 'isIn',
          message: expect.any(String),
          params: { values: expect.arrayContaining(['multi_room_staff']) },
        },
        { field: 'extra', code: 'whitelistValidation', message: expect.any(String) },
      ]),
    );
    await t
      .http()
      .post('/dormitories')
      .set('authorization', manager)
      .send({
        code: 'DT-SR-X',
        name: '單房',
        address: 'y',
        type: 'single_room_staff',
        units: [{ code: 'A' }, { code: 'B' }],
      })
      .expect(422);
    const single = await createDormitory(t, { type: 'single_room_staff', units: undefined });
    expect(single.units.map((unit) => unit.code)).toEqual(['1']);
    await t
      .http()
      .post(`/dormitories/${single.id}/units`)
      .set('authorization', manager)
      .send({ code: '2' })
      .expect(422);
  });

  it('records a demolition with its date, refuses later edits and stale versions, and the CHECK holds in SQL', async () => {
    const family = await createDormitory(t, { type: 'family', status: 'vacant', units: undefined });
    await t
      .http()
      .post(`/dormitories/${family.id}/status`)
      .set('authorization', manager)
      .send({ version: 99, status: 'demolished', effectiveOn: '2021-05-03' })
      .expect(409);
    const demolished = await t
      .http()
      .post(`/dormitories/${family.id}/status`)
      .set('authorization', manager)
      .send({ version: family.version, status: 'demolished', effectiveOn: '2021-05-03' })
      .expect(201);
    expect(demolished.body).toMatchObject({ status: 'demolished', removedOn: '2021-05-03' });
    const changes = await t.sql(
      'SELECT from_status, to_status, effective_on::text FROM dormitory_status_changes WHERE dormitory_id = $1',
      [family.id],
    );
    expect(changes).toEqual([{ from_status: 'vacant', to_status: 'demolished', effective_on: '2021-05-03' }]);
    await t
      .http()
      .patch(`/dormitories/${family.id}`)
      .set('authorization', manager)
      .send({ version: demolished.body.version, name: '新名' })
      .expect(422);
    await expect(
      t.sql("UPDATE dormitories SET status = 'sold', removed_on = NULL WHERE id = $1", [family.id]),
    ).rejects.toThrow(/ck_dormitories_status/);
    await expect(t.sql('UPDATE dormitories SET removed_on = NULL WHERE id = $1', [family.id])).rejects.toThrow(
      /ck_dormitories_removed_on/,
    );
  });

  it("hides one agency's dormitories from another agency's manager and keeps requesters out", async () => {
    const dormitory = await createDormitory(t);
    const other = await createOtherAgencyUser(t, ['dormitory_manager']);
    const otherManager = await bearer(t, other.username);
    const list = await t.http().get('/dormitories').set('authorization', otherManager).expect(200);
    expect(list.body.items).toEqual([]);
    await t.http().get(`/dormitories/${dormitory.id}`).set('authorization', otherManager).expect(404);
    await t
      .http()
      .post(`/dormitories/${dormitory.id}/units`)
      .set('authorization', otherManager)
      .send({ code: 'X' })
      .expect(404);
    await t
      .http()
      .get('/dormitories')
      .set('authorization', await bearer(t, 'requester'))
      .expect(403);
    const reports = await bearer(t, 'reports');
    await t.http().get(`/dormitories/${dormitory.id}`).set('authorization', reports).expect(200);
    await t
      .http()
      .post('/dormitories')
      .set('authorization', reports)
      .send({ code: 'DT-RV', name: 'x', address: 'y', type: 'family' })
      .expect(403);
  });

  it('seeds the 44 demo dormitories once (3 / 32 / 6 / 3) and pages through them by code', async () => {
    const service = t.app.get(DormitoriesService);
    expect(await service.seedDemo()).toBe(44);
    expect(await service.seedDemo()).toBe(0);
    const counts = await t.sql<{ type: string; count: number }>(
      "SELECT type, count(*)::int AS count FROM dormitories WHERE code LIKE 'DM-%' GROUP BY type ORDER BY type",
    );
    expect(counts).toEqual([
      { type: 'family', count: 3 },
      { type: 'head_residence', count: 3 },
      { type: 'multi_room_staff', count: 32 },
      { type: 'single_room_staff', count: 6 },
    ]);
    const codes: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await t
        .http()
        .get('/dormitories')
        .query({ limit: 20, search: 'DM-', ...(cursor ? { cursor } : {}) })
        .set('authorization', manager)
        .expect(200);
      const page = response.body as { items: { code: string }[]; nextCursor: string | null };
      codes.push(...page.items.map((item) => item.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(codes).toHaveLength(44);
    expect([...codes].sort()).toEqual(codes);
  });
});
