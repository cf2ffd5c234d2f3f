import { JwtService } from '@nestjs/jwt';
import { PasswordHasher } from '../../src/users/password-hasher';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

describe('sign-in and access control', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      // The tests sign in "from" several addresses through X-Forwarded-For, believed from loopback only.
      TRUSTED_PROXIES: '127.0.0.1, ::1',
      LOGIN_MAX_FAILURES: '3',
      LOGIN_MAX_ACCOUNT_FAILURES: '8',
      LOGIN_FAILURE_WINDOW_SECONDS: '600',
    });
  });
  afterAll(() => t.close());

  it('signs in with the right password and returns a bearer token for the user', async () => {
    const response = await t
      .http()
      .post('/auth/login')
      .send({ username: 'requester', password: TEST_PASSWORD })
      .expect(200);
    expect(response.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 28800,
      user: { username: 'requester', roles: ['requester'] },
    });
    const me = await t.http().get('/users/me').set('authorization', `Bearer ${response.body.accessToken}`).expect(200);
    expect(me.body.username).toBe('requester');
    expect(me.body.passwordHash).toBeUndefined();
  });

  it('refuses a wrong password with 401 and the error body', async () => {
    const response = await t
      .http()
      .post('/auth/login')
      .send({ username: 'technician', password: 'not-the-password' })
      .expect(401);
    expect(response.body).toEqual({
      statusCode: 401,
      code: 'auth.invalid_credentials',
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('throttles an account after repeated failures, even with the right password, with 429', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await t
        .http()
        .post('/auth/login')
        .send({ username: 'driver', password: `wrong-${attempt}` })
        .expect(401);
    }
    const throttled = await t
      .http()
      .post('/auth/login')
      .send({ username: 'driver', password: TEST_PASSWORD })
      .expect(429);
    expect(throttled.body.code).toBe('auth.throttled');
    expect(throttled.headers['retry-after']).toBeDefined();
    await t.http().post('/auth/login').send({ username: 'dispatcher', password: TEST_PASSWORD }).expect(200);
  });

  describe('under concurrent attempts', () => {
    const signIn = (username: string, password: string, from = '203.0.113.9') =>
      t.http().post('/auth/login').set('x-forwarded-for', from).send({ username, password });
    const statusesOf = async (attempts: Promise<{ status: number }>[]) =>
      (await Promise.all(attempts)).map((response) => response.status);
    const countOf = (statuses: number[], status: number) => statuses.filter((each) => each === status).length;

    it('checks no more passwords than the limit when 50 wrong ones arrive at once', async () => {
      const statuses = await statusesOf(Array.from({ length: 50 }, (_, index) => signIn('reports', `wrong-${index}`)));
      expect(countOf(statuses, 401)).toBe(3);
      expect(countOf(statuses, 429)).toBe(47);
      await signIn('reports', TEST_PASSWORD).expect(429);
    });

    it('lets at most the limit of 40 simultaneous attempts try a password, whichever holds the right one', async () => {
      const statuses = await statusesOf(
        Array.from({ length: 40 }, (_, index) => signIn('property', index === 30 ? TEST_PASSWORD : `wrong-${index}`)),
      );
      expect(countOf(statuses, 401) + countOf(statuses, 200)).toBeLessThanOrEqual(3);
      expect(countOf(statuses, 429)).toBeGreaterThanOrEqual(37);
    });
  });

  it('queues a burst of sign-ins beyond the password-hash limit and keeps answering other requests', async () => {
    const { slots } = t.app.get(PasswordHasher);
    expect(slots.size).toBe(2);
    // The test holds both slots, so every sign-in of the burst must wait for one.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const holders = [slots.run(() => gate), slots.run(() => gate)];
    const burst = ['venues', 'agency-admin', 'admin', 'requester', 'dispatcher'];
    const signIns = burst.map((username) =>
      t
        .http()
        .post('/auth/login')
        .send({ username, password: TEST_PASSWORD })
        .then((response) => response.status),
    );
    for (let turn = 0; turn < 10_000 && slots.queued < burst.length; turn++)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect([slots.active, slots.queued]).toEqual([2, burst.length]);
    await t.http().get('/health/live').expect(200);

    release();
    await Promise.all(holders);
    expect(await Promise.all(signIns)).toEqual(burst.map(() => 200));
    expect([slots.active, slots.queued]).toEqual([0, 0]);
  });

  it("does not lock the user out from their usual address when a stranger fails the account's sign-in", async () => {
    const signIn = (password: string, from: string) =>
      t.http().post('/auth/login').set('x-forwarded-for', from).send({ username: 'dormitory', password });
    await signIn(TEST_PASSWORD, '198.51.100.7').expect(200);
    for (let attempt = 0; attempt < 3; attempt++) await signIn(`wrong-${attempt}`, '192.0.2.66').expect(401);
    await signIn(TEST_PASSWORD, '192.0.2.66').expect(429);
    await signIn(TEST_PASSWORD, '198.51.100.7').expect(200);
  });

  it('locks the account for new addresses when many addresses fail it, but not for its usual one', async () => {
    const signIn = (password: string, from: string) =>
      t.http().post('/auth/login').set('x-forwarded-for', from).send({ username: 'parking', password });
    await signIn(TEST_PASSWORD, '198.51.100.8').expect(200);
    for (let address = 1; address <= 8; address++) await signIn('wrong-password', `192.0.2.${address}`).expect(401);
    const refused = await signIn(TEST_PASSWORD, '192.0.2.200').expect(429);
    expect(refused.body.code).toBe('auth.throttled');
    await signIn(TEST_PASSWORD, '198.51.100.8').expect(200);
  });

  it('lets an admin unlock a locked account at once, with an audit entry', async () => {
    const admin = await t.login('admin');
    const signIn = (password: string) => t.http().post('/auth/login').send({ username: 'coordinator', password });
    for (let attempt = 0; attempt < 3; attempt++) await signIn(`wrong-${attempt}`).expect(401);
    await signIn(TEST_PASSWORD).expect(429);
    const [{ id }] = await t.sql<{ id: string }>("SELECT id FROM users WHERE username = 'coordinator'");
    await t
      .http()
      .delete(`/auth/lockouts/${id}`)
      .set('authorization', `Bearer ${await t.login('requester')}`)
      .expect(403);
    await t.http().delete(`/auth/lockouts/${id}`).set('authorization', `Bearer ${admin}`).expect(204);
    await signIn(TEST_PASSWORD).expect(200);
    const audit = await t.sql("SELECT action FROM audit_entries WHERE entity_id = $1 AND action = 'unlock_sign_in'", [
      id,
    ]);
    expect(audit).toHaveLength(1);
  });

  it('prunes sign-in counters that count nothing any more, keeping live windows and usual places', async () => {
    await t.sql(
      `INSERT INTO login_throttles (username, source, attempts, window_started_at, last_success_at) VALUES
         ('made-up-1', '203.0.113.1', 1, now() - interval '2 days', NULL),
         ('made-up-1', '', 1, now() - interval '2 days', NULL),
         ('made-up-2', '203.0.113.2', 2, now() - interval '1 minute', NULL),
         ('requester', '198.51.100.50', 0, now() - interval '30 days', now() - interval '30 days'),
         ('requester', '198.51.100.51', 0, now() - interval '200 days', now() - interval '200 days')`,
    );
    const run = await t
      .http()
      .post('/jobs/auth.login-throttle-prune/run')
      .set('authorization', `Bearer ${await t.login('admin')}`)
      .send({})
      .expect(200);
    expect(run.body.status).toBe('succeeded');
    const left = await t.sql<{ username: string; source: string }>(
      `SELECT username, source FROM login_throttles
        WHERE username IN ('made-up-1', 'made-up-2') OR source IN ('198.51.100.50', '198.51.100.51') ORDER BY 1, 2`,
    );
    expect(left).toEqual([
      { username: 'made-up-2', source: '203.0.113.2' },
      { username: 'requester', source: '198.51.100.50' },
    ]);
  });

  it('answers 400 naming every bad field of a malformed login body', async () => {
    const response = await t.http().post('/auth/login').send({ username: 'admin', pasword: 'typo' }).expect(400);
    expect(response.body.code).toBe('validation.failed');
    expect(response.body.details.fields).toEqual(
      expect.arrayContaining([
        { field: 'pasword', code: 'whitelistValidation', message: expect.any(String) },
        { field: 'password', code: 'isNotEmpty', message: expect.any(String) },
        { field: 'password', code: 'isString', message: expect.any(String) },
      ]),
    );
  });

  it('answers 400 for broken JSON, never 500', async () => {
    const response = await t
      .http()
      .post('/auth/login')
      .set('content-type', 'application/json')
      .send('{"username": ')
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, requestId: expect.any(String) });
  });

  it('refuses a request without a token, or with a forged one, with 401', async () => {
    await t.http().get('/users/me').expect(401);
    const forged = await t
      .http()
      .get('/users/me')
      .set('authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad')
      .expect(401);
    expect(forged.body.code).toBe('auth.unauthenticated');
  });

  it('refuses a role that may not call the route with 403', async () => {
    const token = await t.login('requester');
    const response = await t.http().get('/audit').set('authorization', `Bearer ${token}`).expect(403);
    expect(response.body).toMatchObject({ code: 'auth.forbidden', details: { requiredRoles: ['admin'] } });
  });

  it('stops honouring the token of a deactivated user', async () => {
    const admin = await t.login('admin');
    const agencies = await t.http().get('/agencies').set('authorization', `Bearer ${admin}`).expect(200);
    const agencyId = agencies.body.items.find((agency: { code: string }) => agency.code === 'SOCIAL').id;
    const created = await t
      .http()
      .post('/users')
      .set('authorization', `Bearer ${admin}`)
      .send({
        username: 'leaving.soon',
        displayName: '即將離職',
        agencyId,
        roles: ['requester'],
        password: TEST_PASSWORD,
      })
      .expect(201);
    const token = await t.login('leaving.soon');
    await t.http().get('/users/me').set('authorization', `Bearer ${token}`).expect(200);
    await t
      .http()
      .patch(`/users/${created.body.id}`)
      .set('authorization', `Bearer ${admin}`)
      .send({ active: false })
      .expect(200);
    await t.http().post('/auth/login').send({ username: 'leaving.soon', password: TEST_PASSWORD }).expect(401);
  });

  describe('issued tokens', () => {
    let admin: string;
    let agencyId: string;
    const as = (token: string) => ({ authorization: `Bearer ${token}` });

    beforeAll(async () => {
      admin = await t.login('admin');
      const agencies = await t.http().get('/agencies').set(as(admin)).expect(200);
      agencyId = agencies.body.items.find((agency: { code: string }) => agency.code === 'SOCIAL').id;
    });

    async function userWithToken(username: string, roles: string[]): Promise<{ id: string; token: string }> {
      const created = await t
        .http()
        .post('/users')
        .set(as(admin))
        .send({ username, displayName: '測試', agencyId, roles, password: TEST_PASSWORD })
        .expect(201);
      return { id: created.body.id, token: await t.login(username) };
    }

    it("stop working at once when the user's roles change, but not when only the name does", async () => {
      const user = await userWithToken('demoted.soon', ['dispatcher']);
      await t.http().get('/fleet/bookings').set(as(user.token)).expect(200);
      await t.http().patch(`/users/${user.id}`).set(as(admin)).send({ displayName: '改名' }).expect(200);
      await t.http().get('/fleet/bookings').set(as(user.token)).expect(200);
      await t
        .http()
        .patch(`/users/${user.id}`)
        .set(as(admin))
        .send({ roles: ['requester'] })
        .expect(200);
      const refused = await t.http().get('/users/me').set(as(user.token)).expect(401);
      expect(refused.body.code).toBe('auth.unauthenticated');
      const fresh = await t.http().post('/auth/login').send({ username: 'demoted.soon', password: TEST_PASSWORD });
      expect(fresh.body.user.roles).toEqual(['requester']);
      await t.http().get('/users/me').set(as(fresh.body.accessToken)).expect(200);
    });

    it('stop working at once after an admin resets the password or the user changes it', async () => {
      const user = await userWithToken('reset.soon', ['requester']);
      await t
        .http()
        .post(`/users/${user.id}/password`)
        .set(as(admin))
        .send({ newPassword: 'another-password-1' })
        .expect(204);
      await t.http().get('/users/me').set(as(user.token)).expect(401);
      const second = await t.login('reset.soon', 'another-password-1');
      await t
        .http()
        .post('/users/me/password')
        .set(as(second))
        .send({ currentPassword: 'another-password-1', newPassword: 'third-password-1' })
        .expect(204);
      await t.http().get('/users/me').set(as(second)).expect(401);
    });

    it('stop working at once when the user is deactivated', async () => {
      const user = await userWithToken('deactivated.soon', ['requester']);
      await t.http().get('/users/me').set(as(user.token)).expect(200);
      await t.http().patch(`/users/${user.id}`).set(as(admin)).send({ active: false }).expect(200);
      await t.http().get('/users/me').set(as(user.token)).expect(401);
    });

    it('are refused when validly signed but without an expiry', async () => {
      const [me] = await t.sql<{ id: string; agency_id: string; token_version: number }>(
        "SELECT id, agency_id, token_version FROM users WHERE username = 'admin'",
      );
      const forever = await t.app
        .get(JwtService)
        .signAsync({ sub: me.id, agency: me.agency_id, roles: ['admin'], name: 'x', ver: me.token_version });
      await t.http().get('/users/me').set(as(forever)).expect(401);
    });
  });
});
