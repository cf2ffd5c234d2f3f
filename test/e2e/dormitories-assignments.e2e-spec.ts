import { startTestApp, TestApp } from '../support/test-app';
import { bearer, createDormitory, createOtherAgencyUser, demoUser } from './dormitories.factories';

describe('dormitory assignments', () => {
  let t: TestApp;
  let manager: string;
  let finance: { id: string; agencyId: string };
  beforeAll(async () => {
    t = await startTestApp();
    manager = await bearer(t, 'dormitory');
    finance = await demoUser(t, 'requester');
  }, 60_000);
  afterAll(() => t.close());

  const assign = async (unitId: string, body: Record<string, unknown>) =>
    t
      .http()
      .post('/dormitory-assignments')
      .set('authorization', manager)
      .send({ unitId, ...body });

  it('assigns a unit to a user (name and agency from the account) or to a named person, and wants one of them', async () => {
    const dormitory = await createDormitory(t);
    const byUser = await assign(dormitory.units[0].id, { occupantUserId: finance.id, startsOn: '2026-01-01' });
    expect(byUser.status).toBe(201);
    expect(byUser.body).toMatchObject({
      occupantUserId: finance.id,
      occupantName: '王小明',
      occupantAgencyId: finance.agencyId,
      endsOn: null,
    });
    const named = await assign(dormitory.units[1].id, {
      occupantName: '陳美玲',
      occupantAgencyId: finance.agencyId,
      startsOn: '2026-02-01',
    });
    expect(named.status).toBe(201);
    expect((await assign(dormitory.units[1].id, { occupantName: '無機關', startsOn: '2027-01-01' })).status).toBe(422);
    const audit = await t.sql(
      "SELECT action FROM audit_entries WHERE entity_type = 'dormitory_assignment' AND entity_id = $1",
      [byUser.body.id],
    );
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('lets exactly one of 20 simultaneous assignments of one unit through', async () => {
    const dormitory = await createDormitory(t);
    const unitId = dormitory.units[0].id;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        assign(unitId, { occupantName: `住戶${index}`, occupantAgencyId: finance.agencyId, startsOn: '2026-03-01' }),
      ),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    const refused = responses.filter((response) => response.status === 409);
    expect(refused).toHaveLength(19);
    expect(refused[0].body.details.constraint).toBe('ex_dormitory_assignments_unit_period');
    const rows = await t.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM dormitory_assignments WHERE unit_id = $1',
      [unitId],
    );
    expect(rows[0].count).toBe(1);
  });

  it('closes an assignment on move-out, frees the unit from that day and refuses back-dated overlaps', async () => {
    const dormitory = await createDormitory(t);
    const unitId = dormitory.units[0].id;
    const first = (
      await assign(unitId, { occupantName: '甲', occupantAgencyId: finance.agencyId, startsOn: '2025-01-01' })
    ).body;
    await t
      .http()
      .post(`/dormitory-assignments/${first.id}/move-out`)
      .set('authorization', manager)
      .send({ version: first.version, endsOn: '2024-12-01' })
      .expect(422);
    const closed = await t
      .http()
      .post(`/dormitory-assignments/${first.id}/move-out`)
      .set('authorization', manager)
      .send({ version: first.version, endsOn: '2025-06-30' })
      .expect(201);
    expect(closed.body.endsOn).toBe('2025-06-30');
    await t
      .http()
      .post(`/dormitory-assignments/${first.id}/move-out`)
      .set('authorization', manager)
      .send({ version: closed.body.version, endsOn: '2025-07-30' })
      .expect(409);
    expect(
      (await assign(unitId, { occupantName: '乙', occupantAgencyId: finance.agencyId, startsOn: '2025-06-30' })).status,
    ).toBe(201);
    expect(
      (await assign(unitId, { occupantName: '丙', occupantAgencyId: finance.agencyId, startsOn: '2025-03-01' })).status,
    ).toBe(409);
    const active = await t
      .http()
      .get('/dormitory-assignments')
      .query({ unitId, activeOn: '2025-07-01' })
      .set('authorization', manager)
      .expect(200);
    expect(active.body.items.map((item: { occupantName: string }) => item.occupantName)).toEqual(['乙']);
  });

  it('refuses to demolish a dormitory while someone lives there', async () => {
    const dormitory = await createDormitory(t, { type: 'family', units: undefined });
    await assign(dormitory.units[0].id, {
      occupantName: '丁',
      occupantAgencyId: finance.agencyId,
      startsOn: '2020-01-01',
    });
    const refused = await t
      .http()
      .post(`/dormitories/${dormitory.id}/status`)
      .set('authorization', manager)
      .send({ version: dormitory.version, status: 'demolished', effectiveOn: '2026-01-01' })
      .expect(422);
    expect(refused.body.code).toBe('dormitory.occupied');
  });

  it("keeps another agency's manager away from the units and assignments", async () => {
    const dormitory = await createDormitory(t);
    await assign(dormitory.units[0].id, {
      occupantName: '戊',
      occupantAgencyId: finance.agencyId,
      startsOn: '2026-01-01',
    });
    const other = await bearer(t, (await createOtherAgencyUser(t, ['dormitory_manager'])).username);
    await t
      .http()
      .post('/dormitory-assignments')
      .set('authorization', other)
      .send({
        unitId: dormitory.units[1].id,
        occupantName: '己',
        occupantAgencyId: finance.agencyId,
        startsOn: '2026-01-01',
      })
      .expect(404);
    const list = await t
      .http()
      .get('/dormitory-assignments')
      .query({ dormitoryId: dormitory.id })
      .set('authorization', other)
      .expect(200);
    expect(list.body.items).toEqual([]);
  });
});
