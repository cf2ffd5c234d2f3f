import { startTestApp, TestApp } from '../support/test-app';
import { bearer, createDormitory } from './dormitories.factories';

const POOL_SIZE = 2;

/** A finding and the repair ticket it opens are one use case: one transaction, one connection. */
describe('patrol findings with repairs, on a small connection pool', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: String(POOL_SIZE) });
    manager = await bearer(t, 'dormitory');
  }, 60_000);
  afterAll(() => t.close());

  const patrol = async (dormitoryId: string) =>
    (
      await t
        .http()
        .post('/dormitory-patrols')
        .set('authorization', manager)
        .send({ dormitoryId, patrolledAt: '2026-11-20T02:00:00.000Z' })
        .expect(201)
    ).body as { id: string };

  const finding = (patrolId: string, item: string) =>
    t
      .http()
      .post(`/dormitory-patrols/${patrolId}/findings`)
      .set('authorization', manager)
      .send({ item, severity: 'high', repair: { tradeCode: 'plumbing_electrical' } });

  it('leaves no ticket when the last write of the finding fails', async () => {
    const created = await patrol((await createDormitory(t)).id);
    // A real failure of the finding's last write (storing its ticket id), raised by PostgreSQL itself.
    await t.sql(`CREATE FUNCTION refuse_repair_link() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
    await t.sql(`CREATE TRIGGER refuse_repair_link BEFORE UPDATE OF repair_ticket_id ON dormitory_patrol_findings
      FOR EACH ROW WHEN (NEW.item = '最後一步失敗') EXECUTE FUNCTION refuse_repair_link()`);
    await finding(created.id, '最後一步失敗').expect(500);
    expect(await t.sql('SELECT id FROM dormitory_patrol_findings WHERE patrol_id = $1', [created.id])).toEqual([]);
    expect(
      await t.sql(
        `SELECT t.id FROM maintenance_tickets t WHERE t.source_module = 'dormitories'
            AND NOT EXISTS (SELECT 1 FROM dormitory_patrol_findings f WHERE f.id::text = t.source_id)`,
      ),
    ).toEqual([]);
    const kept = await finding(created.id, '其他缺失').expect(201);
    expect(await t.sql('SELECT id FROM maintenance_tickets WHERE id = $1', [kept.body.repairTicketId])).toHaveLength(1);
  });

  it(`files six findings with repairs at once on a pool of ${POOL_SIZE} without a 503`, async () => {
    const created = await patrol((await createDormitory(t)).id);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) => finding(created.id, `同時缺失${index + 1}`)),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(6).fill(201));
    const [row] = await t.sql<{ findings: number; tickets: number }>(
      `SELECT count(*)::int AS findings, count(DISTINCT t.id)::int AS tickets
         FROM dormitory_patrol_findings f JOIN maintenance_tickets t ON t.id::text = f.repair_ticket_id
        WHERE f.patrol_id = $1`,
      [created.id],
    );
    expect(row).toEqual({ findings: 6, tickets: 6 });
  });
});
