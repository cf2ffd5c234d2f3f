import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';

/** Hostile input the bad-input sweep found: each must get a 4xx with the error body, never a 500. */
describe('bad input', () => {
  let t: TestApp;
  let admin: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const expectErrorBody = (response: { status: number; body: Record<string, unknown> }, status: number) => {
    expect({ status: response.status, body: response.body }).toEqual({
      status,
      body: expect.objectContaining({ statusCode: status, code: expect.any(String), requestId: expect.any(String) }),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/Failing row|violates|duplicate key/);
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  function nested(depth: number): string {
    return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  }

  it('refuses an over-deep JSON body with 400 before anything reads it, signed in or not', async () => {
    const deep = nested(10_000);
    for (const path of ['/auth/login', '/agencies']) {
      const response = await t.http().post(path).set(as(admin)).set('content-type', 'application/json').send(deep);
      expectErrorBody(response, 400);
      expect(response.body.code).toBe('request.too_deep');
    }
    const arrays = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const response = await t.http().post('/auth/login').set('content-type', 'application/json').send(arrays);
    expectErrorBody(response, 400);
  });

  it('refuses a cursor that decodes to an out-of-range date with 400 on list routes', async () => {
    const cursor = Buffer.from(JSON.stringify(['+275760-09-13T00:00:00.000Z', randomUUID()])).toString('base64url');
    const single = Buffer.from(JSON.stringify(['+275760-09-13T00:00:00.000Z'])).toString('base64url');
    for (const path of ['/maintenance/tickets', '/audit', '/users', '/fleet/bookings', '/parking/permits', '/assets']) {
      for (const value of [cursor, single]) {
        const response = await t.http().get(path).query({ cursor: value }).set(as(admin));
        expectErrorBody(response, 400);
      }
    }
  });

  it('refuses a lone surrogate in any string of a body with 400 naming the field', async () => {
    const [{ id: agencyId }] = await t.sql<{ id: string }>("SELECT id FROM agencies WHERE code = 'SOCIAL'");
    const created = await t
      .http()
      .post('/users')
      .set(as(admin))
      .set('content-type', 'application/json')
      .send(
        `{"username":"surrogate.one","displayName":"x","agencyId":"${agencyId}","roles":["requester"],"password":"long-enough-1","email":"a\\ud800@example.gov.tw"}`,
      );
    expectErrorBody(created, 400);
    expect(created.body.details.fields).toEqual([
      expect.objectContaining({ field: 'email', code: 'isWellFormed', message: expect.any(String) }),
    ]);
    const [{ id: userId }] = await t.sql<{ id: string }>("SELECT id FROM users WHERE username = 'requester'");
    const patched = await t
      .http()
      .patch(`/users/${userId}`)
      .set(as(admin))
      .set('content-type', 'application/json')
      .send('{"email":"\\udfff@example.gov.tw"}');
    expectErrorBody(patched, 400);
  });

  it('refuses null for agencyId or units of a dormitory with 400', async () => {
    const base = { code: 'DM-NULL-01', name: '測試宿舍', address: '高雄市', type: 'single_room_staff' };
    for (const field of ['agencyId', 'units']) {
      const response = await t
        .http()
        .post('/dormitories')
        .set(as(admin))
        .send({ ...base, [field]: null });
      expectErrorBody(response, 400);
    }
  });

  describe('amounts', () => {
    let ticketId: string;
    beforeAll(async () => {
      const [trade] = await t.sql<{ code: string }>('SELECT code FROM trades ORDER BY code LIMIT 1');
      const ticket = await t
        .http()
        .post('/maintenance/tickets')
        .set(as(await t.login('requester')))
        .send({ tradeCode: trade.code, title: '金額測試', description: '測試', spotText: '四維行政中心 7 樓' })
        .expect(201);
      ticketId = ticket.body.id;
    });

    it.each([true, '', '0x10', '12', 1e-7, 0.001, null])(
      'refuses %p as a cost line quantity or unit price with 400',
      async (value) => {
        for (const field of ['quantity', 'unitPrice']) {
          const response = await t
            .http()
            .post(`/maintenance/tickets/${ticketId}/cost-lines`)
            .set(as(admin))
            .send({ kind: 'material', description: '零件', quantity: 1, unitPrice: 100, [field]: value });
          expectErrorBody(response, 400);
          // One entry per broken rule: every entry names the field.
          expect(new Set(response.body.details.fields.map((entry: { field: string }) => entry.field))).toEqual(
            new Set([field]),
          );
        }
        const rows = await t.sql('SELECT 1 FROM maintenance_ticket_cost_lines WHERE ticket_id = $1', [ticketId]);
        expect(rows).toEqual([]);
      },
    );

    it('accepts amounts written as plain numbers', async () => {
      await t
        .http()
        .post(`/maintenance/tickets/${ticketId}/cost-lines`)
        .set(as(admin))
        .send({ kind: 'material', description: '零件', quantity: 1.5, unitPrice: 850 })
        .expect(201);
    });
  });

  it('answers a 100 kB URL with 431 and the error body', async () => {
    const response = await t
      .http()
      .get(`/agencies?q=${'x'.repeat(100_000)}`)
      .set(as(admin));
    expectErrorBody(response, 431);
  });
});
