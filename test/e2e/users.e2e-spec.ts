import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

describe('users and agency scope', () => {
  let t: TestApp;
  let admin: string;
  let financeAdmin: string;
  let socialAgencyId: string;
  let financeAgencyId: string;
  let socialUserId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    financeAdmin = await t.login('agency-admin');
    const [social] = await t.sql<{ id: string }>("SELECT id FROM agencies WHERE code = 'SOCIAL'");
    const [finance] = await t.sql<{ id: string }>("SELECT id FROM agencies WHERE code = 'FINANCE'");
    socialAgencyId = social.id;
    financeAgencyId = finance.id;
    const created = await t
      .http()
      .post('/users')
      .set('authorization', `Bearer ${admin}`)
      .send({
        username: 'social.staff',
        displayName: '社會局承辦',
        agencyId: socialAgencyId,
        roles: ['requester', 'agency_admin'],
        password: TEST_PASSWORD,
      })
      .expect(201);
    socialUserId = created.body.id;
  });
  afterAll(() => t.close());

  it("lists only the agency admin's own agency", async () => {
    const response = await t.http().get('/users').set('authorization', `Bearer ${financeAdmin}`).expect(200);
    const agencies = new Set(response.body.items.map((user: { agencyId: string }) => user.agencyId));
    expect([...agencies]).toEqual([financeAgencyId]);
    const asked = await t
      .http()
      .get(`/users?agencyId=${socialAgencyId}`)
      .set('authorization', `Bearer ${financeAdmin}`)
      .expect(200);
    expect(asked.body.items.every((user: { agencyId: string }) => user.agencyId === financeAgencyId)).toBe(true);
  });

  it("does not let agency A read, change or reset agency B's user", async () => {
    await t.http().get(`/users/${socialUserId}`).set('authorization', `Bearer ${financeAdmin}`).expect(404);
    await t
      .http()
      .patch(`/users/${socialUserId}`)
      .set('authorization', `Bearer ${financeAdmin}`)
      .send({ displayName: 'hijacked' })
      .expect(404);
    await t
      .http()
      .post(`/users/${socialUserId}/password`)
      .set('authorization', `Bearer ${financeAdmin}`)
      .send({ newPassword: 'hijacked-password' })
      .expect(404);
    const [row] = await t.sql<{ display_name: string }>('SELECT display_name FROM users WHERE id = $1', [socialUserId]);
    expect(row.display_name).toBe('社會局承辦');
    const social = await t.login('social.staff');
    const own = await t.http().get('/users').set('authorization', `Bearer ${social}`).expect(200);
    expect(own.body.items.map((user: { username: string }) => user.username)).toEqual(['social.staff']);
  });

  it('lets an agency admin create staff in their own agency only, and never office-wide roles', async () => {
    await t
      .http()
      .post('/users')
      .set('authorization', `Bearer ${financeAdmin}`)
      .send({
        username: 'finance.new',
        displayName: '財政局新人',
        agencyId: financeAgencyId,
        roles: ['requester'],
        password: TEST_PASSWORD,
      })
      .expect(201);
    await t
      .http()
      .post('/users')
      .set('authorization', `Bearer ${financeAdmin}`)
      .send({
        username: 'finance.boss',
        displayName: '越權',
        agencyId: financeAgencyId,
        roles: ['admin'],
        password: TEST_PASSWORD,
      })
      .expect(403);
    await t
      .http()
      .post('/users')
      .set('authorization', `Bearer ${financeAdmin}`)
      .send({
        username: 'social.new',
        displayName: '跨機關',
        agencyId: socialAgencyId,
        roles: ['requester'],
        password: TEST_PASSWORD,
      })
      .expect(404);
    const rows = await t.sql("SELECT 1 FROM users WHERE username IN ('finance.boss', 'social.new')");
    expect(rows).toHaveLength(0);
  });

  it('rejects unknown fields with a 400 that names them, and stores nothing', async () => {
    const response = await t
      .http()
      .post('/users')
      .set('authorization', `Bearer ${admin}`)
      .send({
        username: 'sneaky',
        displayName: 'x',
        agencyId: financeAgencyId,
        roles: ['requester'],
        password: TEST_PASSWORD,
        isSuperuser: true,
      })
      .expect(400);
    expect(response.body.details.fields).toEqual([
      { field: 'isSuperuser', code: 'whitelistValidation', message: 'property isSuperuser should not exist' },
    ]);
    expect(await t.sql("SELECT 1 FROM users WHERE username = 'sneaky'")).toHaveLength(0);
  });

  it('answers a duplicate username with 409 naming the field and the constraint', async () => {
    const response = await t
      .http()
      .post('/users')
      .set('authorization', `Bearer ${admin}`)
      .send({
        username: 'requester',
        displayName: '重複',
        agencyId: financeAgencyId,
        roles: ['requester'],
        password: TEST_PASSWORD,
      })
      .expect(409);
    expect(response.body).toEqual({
      statusCode: 409,
      code: 'user.username_taken',
      message: expect.any(String),
      details: {
        constraint: 'uq_users_username',
        fields: [{ field: 'username', code: 'user.username_taken', message: expect.any(String) }],
      },
      requestId: expect.any(String),
    });
  });

  it('resets a password (old one stops working) and records it in the audit trail without the hash', async () => {
    await t
      .http()
      .post(`/users/${socialUserId}/password`)
      .set('authorization', `Bearer ${admin}`)
      .send({ newPassword: 'brand-new-password' })
      .expect(204);
    await t.http().post('/auth/login').send({ username: 'social.staff', password: TEST_PASSWORD }).expect(401);
    await t.http().post('/auth/login').send({ username: 'social.staff', password: 'brand-new-password' }).expect(200);
    const audit = await t
      .http()
      .get(`/audit?entityType=user&entityId=${socialUserId}`)
      .set('authorization', `Bearer ${admin}`)
      .expect(200);
    const actions = audit.body.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(['reset_password', 'create']);
    expect(JSON.stringify(audit.body.items)).not.toMatch(/passwordHash|argon2/);
  });

  it('pages through users with a keyset cursor, without repeats or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=4&cursor=${cursor}` : '?limit=4';
      const page = await t.http().get(`/users${query}`).set('authorization', `Bearer ${admin}`).expect(200);
      seen.push(...page.body.items.map((user: { username: string }) => user.username));
      cursor = page.body.nextCursor;
    } while (cursor);
    const [{ count }] = await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM users');
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
    expect([...seen].sort()).toEqual(seen);
    await t.http().get('/users?cursor=bm90LWEtY3Vyc29y').set('authorization', `Bearer ${admin}`).expect(400);
  });
});
