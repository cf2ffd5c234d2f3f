import { startTestApp, TestApp } from '../support/test-app';
import { maintenanceHelpers } from './maintenance-support';

describe('the technicians a coordinator may assign', () => {
  let t: TestApp;
  let h: ReturnType<typeof maintenanceHelpers>;

  beforeAll(async () => {
    t = await startTestApp();
    h = maintenanceHelpers(t);
    await h.giveTrades('technician', ['plumbing_electrical']);
    await h.officeUser('tech-hvac', ['technician']);
    await h.giveTrades('tech-hvac', ['hvac', 'plumbing_electrical']);
    await h.officeUser('tech-gone', ['technician']);
    await h.giveTrades('tech-gone', ['plumbing_electrical']);
    await t
      .http()
      .patch(`/users/${await h.userId('tech-gone')}`)
      .set(await h.as('admin'))
      .send({ active: false })
      .expect(200);
    // Two open tickets on the first technician, one resolved (not counted).
    for (const action of ['open', 'open', 'resolved']) {
      const ticket = await h.file();
      await h.moveOk('coordinator', ticket.id, 'assign', { assigneeUserId: await h.userId('technician') });
      if (action === 'resolved') {
        await h.moveOk('technician', ticket.id, 'start');
        await h.moveOk('technician', ticket.id, 'resolve', { resolutionNote: '已修好' });
      }
    }
  });
  afterAll(() => t.close());

  type Technician = { userId: string; displayName: string; tradeCodes: string[]; openTickets: number };
  const list = async (query: Record<string, string>, status: number, username = 'coordinator') =>
    t
      .http()
      .get('/maintenance/technicians')
      .query(query)
      .set(await h.as(username))
      .expect(status);

  it('lists the active technicians of a trade with their trades and open workload, the least busy first', async () => {
    const response = await list({ tradeCode: 'plumbing_electrical' }, 200);
    expect(
      (response.body as Technician[]).map(({ displayName, tradeCodes, openTickets }) => ({
        displayName,
        tradeCodes,
        openTickets,
      })),
    ).toEqual([
      { displayName: 'tech-hvac', tradeCodes: ['hvac', 'plumbing_electrical'], openTickets: 0 },
      { displayName: expect.any(String), tradeCodes: ['plumbing_electrical'], openTickets: 2 },
    ]);
    expect((response.body as Technician[])[1].userId).toBe(await h.userId('technician'));
  });

  it('lists only the technicians of the asked trade, and all of them without one', async () => {
    const hvac = await list({ tradeCode: 'hvac' }, 200);
    expect((hvac.body as Technician[]).map((technician) => technician.displayName)).toEqual(['tech-hvac']);
    const all = await list({}, 200);
    expect(all.body).toHaveLength(2);
  });

  it('refuses everyone but the coordinator and the admin', async () => {
    await list({}, 200, 'admin');
    for (const username of ['requester', 'technician']) {
      const response = await list({}, 403, username);
      expect(response.body.code).toBe('auth.forbidden');
    }
  });

  it('names the bad query field', async () => {
    const response = await list({ tradeCode: 'x'.repeat(51) }, 400);
    expect(response.body.details.fields).toEqual([expect.objectContaining({ field: 'tradeCode', code: 'maxLength' })]);
  });
});
