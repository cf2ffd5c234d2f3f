import { startTestApp, TestApp } from '../support/test-app';
import { bearer, createDormitory, createOtherAgencyUser } from './dormitories.factories';

describe('dormitory patrols and repairs', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await bearer(t, 'dormitory');
  }, 60_000);
  afterAll(() => t.close());

  const patrol = async (dormitoryId: string, findings: unknown[] = []) =>
    (
      await t
        .http()
        .post('/dormitory-patrols')
        .set('authorization', manager)
        .send({ dormitoryId, patrolledAt: '2026-11-20T02:00:00.000Z', note: '例行巡查', findings })
        .expect(201)
    ).body;

  it('records a patrol with its findings and lists it by dormitory', async () => {
    const dormitory = await createDormitory(t);
    const created = await patrol(dormitory.id, [
      { item: '樓梯扶手鬆動', severity: 'medium' },
      { item: '公共照明', severity: 'low', photoRef: 'uploads/abc.jpg' },
    ]);
    expect(created.findings.map((finding: { item: string }) => finding.item).sort()).toEqual([
      '公共照明',
      '樓梯扶手鬆動',
    ]);
    const list = await t
      .http()
      .get('/dormitory-patrols')
      .query({ dormitoryId: dormitory.id })
      .set('authorization', manager)
      .expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([created.id]);
    await t
      .http()
      .post('/dormitory-patrols')
      .set('authorization', manager)
      .send({ dormitoryId: dormitory.id, patrolledAt: 'yesterday', findings: [{ item: '', severity: 'awful' }] })
      .expect(400);
  });

  it('opens a real maintenance ticket for a finding and stores the ticket id', async () => {
    const dormitory = await createDormitory(t);
    const created = await patrol(dormitory.id);
    const finding = await t
      .http()
      .post(`/dormitory-patrols/${created.id}/findings`)
      .set('authorization', manager)
      .send({
        item: '浴室熱水器故障',
        severity: 'high',
        repair: { tradeCode: 'plumbing_electrical', priority: 'high' },
      })
      .expect(201);
    const [ticket] = await t.sql(
      'SELECT trade_code, priority, status, source_module, source_id FROM maintenance_tickets WHERE id = $1',
      [finding.body.repairTicketId],
    );
    expect(ticket).toEqual({
      trade_code: 'plumbing_electrical',
      priority: 'high',
      status: 'submitted',
      source_module: 'dormitories',
      source_id: finding.body.id,
    });
    const [row] = await t.sql(
      'SELECT repair_ticket_id, repair_requested_at IS NOT NULL AS requested FROM dormitory_patrol_findings WHERE id = $1',
      [finding.body.id],
    );
    expect(row).toEqual({ repair_ticket_id: finding.body.repairTicketId, requested: true });
  });

  it('opens a repair for an existing finding once, and refuses an unknown trade', async () => {
    const dormitory = await createDormitory(t);
    const created = await patrol(dormitory.id, [{ item: '屋頂漏水', severity: 'high' }]);
    const findingId = created.findings[0].id as string;
    const repairUrl = `/dormitory-patrols/${created.id}/findings/${findingId}/repair`;
    await t.http().post(repairUrl).set('authorization', manager).send({ tradeCode: 'no-such-trade' }).expect(404);
    const repaired = await t
      .http()
      .post(repairUrl)
      .set('authorization', manager)
      .send({ tradeCode: 'civil' })
      .expect(201);
    expect(await t.sql('SELECT 1 FROM maintenance_tickets WHERE id = $1', [repaired.body.repairTicketId])).toHaveLength(
      1,
    );
    await t.http().post(repairUrl).set('authorization', manager).send({ tradeCode: 'civil' }).expect(409);
  });

  it("hides a patrol from another agency's manager", async () => {
    const created = await patrol((await createDormitory(t)).id);
    const other = await bearer(t, (await createOtherAgencyUser(t, ['dormitory_manager'])).username);
    await t.http().get(`/dormitory-patrols/${created.id}`).set('authorization', other).expect(404);
    await t
      .http()
      .post(`/dormitory-patrols/${created.id}/findings`)
      .set('authorization', other)
      .send({ item: 'x', severity: 'low' })
      .expect(404);
  });
});
