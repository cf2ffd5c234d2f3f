import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

describe('sign-in and access control', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_FAILURE_WINDOW_SECONDS: '600' });
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
    const [{ failures }] = await t.sql<{ failures: number }>(
      "SELECT count(*)::int AS failures FROM login_failures WHERE username = 'driver'",
    );
    expect(failures).toBe(3);
    await t.http().post('/auth/login').send({ username: 'dispatcher', password: TEST_PASSWORD }).expect(200);
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
});
