import { startTestApp, TestApp } from '../support/test-app';
import { maintenanceHelpers } from './maintenance-support';

const TITLE = 'SLA篩選測試';

interface Listed {
  items: { id: string; number: string }[];
  nextCursor: string | null;
}

describe("the maintenance office's queue", () => {
  let t: TestApp;
  let h: ReturnType<typeof maintenanceHelpers>;

  /**
   * An emergency (24×7 clock) ticket filed `ageMinutes` ago with a 60-minute response and a
   * 240-minute resolution target, so its standing depends on the wall clock alone.
   */
  async function emergencyFiled(ageMinutes: number) {
    const ticket = await h.file('requester', { title: TITLE });
    await t.sql(
      `UPDATE maintenance_tickets SET priority = 'emergency', response_target_minutes = 60, resolution_target_minutes = 240,
         created_at = now() - make_interval(mins => $2), response_due_at = now() - make_interval(mins => $2 - 60),
         resolution_due_at = now() - make_interval(mins => $2 - 240)
       WHERE id = $1`,
      [ticket.id, ageMinutes],
    );
    return ticket;
  }

  async function list(query: Record<string, string | number>, username = 'coordinator') {
    return t
      .http()
      .get('/maintenance/tickets')
      .set(await h.as(username))
      .query({ text: TITLE, ...query });
  }

  async function numbersOf(slaState: string): Promise<string[]> {
    const response = await list({ slaState });
    expect(response.status).toBe(200);
    return (response.body as Listed).items.map((item) => item.number);
  }

  let breached: { number: string };
  let atRisk: { number: string };
  let onTime: { number: string }[];
  let cancelledInTime: { number: string };

  beforeAll(async () => {
    t = await startTestApp();
    h = maintenanceHelpers(t);
    await h.giveTrades('technician');
    cancelledInTime = await emergencyFiled(200);
    // Cancelled ten minutes after filing: its clocks stopped long before they ran out.
    await t.sql(
      "UPDATE maintenance_tickets SET status = 'cancelled', closed_at = created_at + interval '10 minutes' WHERE number = $1",
      [cancelledInTime.number],
    );
    breached = await emergencyFiled(180);
    atRisk = await emergencyFiled(50);
    onTime = [await emergencyFiled(3), await emergencyFiled(2), await emergencyFiled(1)];
  });
  afterAll(() => t.close());

  it('filters by SLA standing: breached, at risk (75% of a running budget used) or on time', async () => {
    expect(await numbersOf('breached')).toEqual([breached.number]);
    expect(await numbersOf('at_risk')).toEqual([atRisk.number]);
    expect(await numbersOf('on_time')).toEqual([
      ...onTime.map((ticket) => ticket.number).reverse(),
      cancelledInTime.number,
    ]);
  });

  it('gives each listed ticket the standing its filter uses, so the page colours it by the same warning share', async () => {
    for (const standing of ['breached', 'at_risk', 'on_time']) {
      const items = ((await list({ slaState: standing })).body as { items: { sla: { standing: string } }[] }).items;
      expect(items.length).toBeGreaterThan(0);
      expect(items.map((item) => item.sla.standing)).toEqual(items.map(() => standing));
    }
  });

  it('pages the filtered queue with keyset cursors, each ticket once, newest first', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await list({ slaState: 'on_time', limit: 1, ...(cursor ? { cursor } : {}) });
      expect(response.status).toBe(200);
      const page = response.body as Listed;
      seen.push(...page.items.map((item) => item.number));
      cursor = page.nextCursor;
    } while (cursor && seen.length < 10);
    expect(seen).toEqual(await numbersOf('on_time'));
    expect(cursor).toBeNull();
  });

  it('refuses an unknown SLA standing with 400 naming the field', async () => {
    const response = await list({ slaState: 'late' });
    expect(response.status).toBe(400);
    expect(response.body.details.fields).toEqual([expect.objectContaining({ field: 'slaState', code: 'isIn' })]);
  });

  it("keeps the caller's agency scope under the filter", async () => {
    const outsider = await h.otherAgencyUser('SLA-OTHER', 'sla.outsider');
    const response = await list({ slaState: 'breached' }, outsider);
    expect(response.status).toBe(200);
    expect((response.body as Listed).items).toEqual([]);
  });

  it("names the assignee on the ticket's page", async () => {
    const ticket = await h.file('requester', { title: TITLE });
    const unassigned = await t
      .http()
      .get(`/maintenance/tickets/${ticket.id}`)
      .set(await h.as('coordinator'));
    expect(unassigned.body.assigneeName).toBeNull();
    await h.moveOk('coordinator', ticket.id, 'assign', { assigneeUserId: await h.userId('technician') });
    const [technician] = await t.sql<{ display_name: string }>(
      "SELECT display_name FROM users WHERE username = 'technician'",
    );
    const assigned = await t
      .http()
      .get(`/maintenance/tickets/${ticket.id}`)
      .set(await h.as('requester'));
    expect(assigned.status).toBe(200);
    expect(assigned.body.assigneeName).toBe(technician.display_name);
  });
});
