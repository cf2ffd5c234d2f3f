import { Agency } from '../../src/agencies/agency.entity';
import { AuditService } from '../../src/audit/audit.service';
import { createAudited } from '../../src/audit/audited-changes';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { systemActor } from '../../src/identity/actor';
import { startTestApp, TestApp } from '../support/test-app';

describe('audit trail', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('records who changed what, before and after, with the request id', async () => {
    const created = await t
      .http()
      .post('/agencies')
      .set('authorization', `Bearer ${admin}`)
      .send({ code: 'TOURISM', name: '觀光局' })
      .expect(201);
    const updated = await t
      .http()
      .patch(`/agencies/${created.body.id}`)
      .set('authorization', `Bearer ${admin}`)
      .set('x-request-id', 'rename-42')
      .send({ name: '觀光局（新）' })
      .expect(200);
    expect(updated.body.version).toBe(2);
    const rows = await t.sql<{
      action: string;
      before: { name: string } | null;
      after: { name: string };
      request_id: string;
      actor_name: string;
    }>(
      "SELECT action, before, after, request_id, actor_name FROM audit_entries WHERE entity_type = 'agency' AND entity_id = $1 ORDER BY id",
      [created.body.id],
    );
    expect(rows.map((row) => row.action)).toEqual(['create', 'update']);
    expect(rows[1]).toMatchObject({
      before: { name: '觀光局' },
      after: { name: '觀光局（新）' },
      request_id: 'rename-42',
      actor_name: '系統管理者',
    });
  });

  it('writes the entry in the same transaction as the change: a failing use case leaves neither', async () => {
    const transactions = t.app.get(TransactionRunner);
    const audit = t.app.get(AuditService);
    const [office] = await t.sql<{ id: string }>("SELECT id FROM agencies WHERE code = 'GA-OFFICE'");
    const actor = systemActor(office.id, 'audit-test');
    await expect(
      transactions.run(async (manager) => {
        await createAudited(manager, audit, actor, Agency, 'agency', { code: 'DOOMED', name: '不會存在' });
        throw new Error('the second step of the use case failed');
      }),
    ).rejects.toThrow('second step');
    expect(await t.sql("SELECT 1 FROM agencies WHERE code = 'DOOMED'")).toHaveLength(0);
    expect(await t.sql("SELECT 1 FROM audit_entries WHERE after->>'code' = 'DOOMED'")).toHaveLength(0);
  });

  it('leaves no audit row when the write itself is refused by the database', async () => {
    const before = await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM audit_entries');
    const response = await t
      .http()
      .post('/agencies')
      .set('authorization', `Bearer ${admin}`)
      .send({ code: 'FINANCE', name: '重複代碼' })
      .expect(409);
    expect(response.body.details.constraint).toBe('uq_agencies_code');
    const after = await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM audit_entries');
    expect(after[0].count).toBe(before[0].count);
  });

  it('filters the trail for admins only', async () => {
    const filtered = await t
      .http()
      .get('/audit?entityType=agency&action=update')
      .set('authorization', `Bearer ${admin}`)
      .expect(200);
    expect(filtered.body.items.length).toBeGreaterThan(0);
    expect(
      filtered.body.items.every(
        (entry: { action: string; entityType: string }) => entry.action === 'update' && entry.entityType === 'agency',
      ),
    ).toBe(true);
    await t
      .http()
      .get('/audit')
      .set('authorization', `Bearer ${await t.login('reports')}`)
      .expect(403);
    await t.http().get('/audit?from=not-a-date').set('authorization', `Bearer ${admin}`).expect(400);
  });
});
