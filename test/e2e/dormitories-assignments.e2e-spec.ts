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
    expect(refused[0].body).toMatchObject({
      code: 'dormitories.unit_occupied',
      details: { fields: [{ field: 'startsOn', code: 'dormitories.unit_occupied' }] },
    });
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

  it('moves a vacant dormitory to in use with its first occupant and back to vacant when the last one leaves', async () => {
    const dormitory = await createDormitory(t, { status: 'vacant' });
    const statusOf = async () => {
      const detail = await t.http().get(`/dormitories/${dormitory.id}`).set('authorization', manager).expect(200);
      return detail.body as {
        status: string;
        history: { fromStatus: string; toStatus: string; effectiveOn: string }[];
      };
    };
    const first = (await assign(dormitory.units[0].id, { occupantUserId: finance.id, startsOn: '2026-01-05' })).body;
    expect((await statusOf()).status).toBe('in_use');
    const second = (
      await assign(dormitory.units[1].id, {
        occupantName: '陳美玲',
        occupantAgencyId: finance.agencyId,
        startsOn: '2026-02-01',
      })
    ).body;
    const moveOut = (assignment: { id: string; version: number }, endsOn: string) =>
      t
        .http()
        .post(`/dormitory-assignments/${assignment.id}/move-out`)
        .set('authorization', manager)
        .send({ version: assignment.version, endsOn })
        .expect(201);
    await moveOut(first, '2026-03-01');
    expect((await statusOf()).status).toBe('in_use');
    await moveOut(second, '2026-04-15');
    const vacant = await statusOf();
    expect(vacant.status).toBe('vacant');
    expect(vacant.history.map(({ fromStatus, toStatus, effectiveOn }) => [fromStatus, toStatus, effectiveOn])).toEqual([
      ['in_use', 'vacant', '2026-04-15'],
      ['vacant', 'in_use', '2026-01-05'],
    ]);
  });

  it('keeps a move-out deadline and lists the occupants who overstay it', async () => {
    const dormitory = await createDormitory(t);
    const overstaying = (
      await assign(dormitory.units[0].id, {
        occupantUserId: finance.id,
        startsOn: '2025-01-01',
        moveOutDueOn: '2026-03-31',
      })
    ).body;
    const onTime = (
      await assign(dormitory.units[1].id, {
        occupantName: '林住戶',
        occupantAgencyId: finance.agencyId,
        startsOn: '2025-01-01',
      })
    ).body;
    const overdue = async () =>
      (
        await t
          .http()
          .get('/dormitory-assignments')
          .query({ dormitoryId: dormitory.id, overdueOn: '2026-06-01' })
          .set('authorization', manager)
          .expect(200)
      ).body.items.map((item: { id: string }) => item.id);
    expect(await overdue()).toEqual([overstaying.id]);
    const deadline = (assignment: { id: string; version: number }, moveOutDueOn: string | null) =>
      t
        .http()
        .post(`/dormitory-assignments/${assignment.id}/move-out-deadline`)
        .set('authorization', manager)
        .send({ version: assignment.version, moveOutDueOn });
    const refused = await deadline(onTime, '2024-12-31').expect(422);
    expect(refused.body.details.fields).toEqual([expect.objectContaining({ field: 'moveOutDueOn' })]);
    const set = await deadline(onTime, '2026-05-31').expect(201);
    expect(set.body.moveOutDueOn).toBe('2026-05-31');
    expect((await overdue()).sort()).toEqual([overstaying.id, onTime.id].sort());
    await deadline(overstaying, null).expect(201);
    expect(await overdue()).toEqual([onTime.id]);
  });
});
