import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

const CSRF = { 'x-requested-with': 'facilities-ops' };

function sessionCookieOf(setCookie: string[] | string | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const cookie = cookies.find((value) => value.startsWith('fo_session='));
  if (!cookie) throw new Error(`no fo_session cookie in ${JSON.stringify(setCookie)}`);
  return cookie;
}

describe('browser session (cookie sign-in with a CSRF header)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The HTTPS test speaks through a proxy on loopback, whose X-Forwarded-Proto is believed.
    t = await startTestApp({ TRUSTED_PROXIES: '127.0.0.1, ::1' });
  });
  afterAll(() => t.close());

  async function signIn(username = 'requester'): Promise<string> {
    const response = await t.http().post('/auth/session').send({ username, password: TEST_PASSWORD }).expect(200);
    return sessionCookieOf(response.headers['set-cookie']).split(';')[0];
  }

  it('sets an httpOnly, SameSite=Strict session cookie and returns the user, without a token in the body', async () => {
    const response = await t
      .http()
      .post('/auth/session')
      .send({ username: 'requester', password: TEST_PASSWORD })
      .expect(200);
    const cookie = sessionCookieOf(response.headers['set-cookie']);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=28800/);
    expect(cookie).not.toMatch(/; Secure/);
    expect(response.body).toEqual({
      id: expect.any(String),
      username: 'requester',
      displayName: '王小明',
      agencyId: expect.any(String),
      roles: ['requester'],
    });
  });

  it('marks the cookie Secure when the request came over HTTPS through a proxy', async () => {
    const response = await t
      .http()
      .post('/auth/session')
      .set('x-forwarded-proto', 'https')
      .send({ username: 'requester', password: TEST_PASSWORD })
      .expect(200);
    expect(sessionCookieOf(response.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('refuses a wrong password with 401 and sets no cookie', async () => {
    const response = await t
      .http()
      .post('/auth/session')
      .send({ username: 'requester', password: 'wrong-password' })
      .expect(401);
    expect(response.body.code).toBe('auth.invalid_credentials');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('answers GET /auth/me from the cookie, and 401 without one', async () => {
    const cookie = await signIn();
    const me = await t.http().get('/auth/me').set('cookie', cookie).expect(200);
    expect(me.body).toMatchObject({ username: 'requester', displayName: '王小明', roles: ['requester'] });
    const anonymous = await t.http().get('/auth/me').expect(401);
    expect(anonymous.body.code).toBe('auth.unauthenticated');
  });

  it('refuses a write authenticated by the cookie without the CSRF header, and files it with the header', async () => {
    const cookie = await signIn();
    const ticket = {
      spotText: '四維行政中心7樓茶水間',
      tradeCode: 'plumbing_electrical',
      title: '水龍頭漏水',
      description: '一直滴水',
    };
    const refused = await t.http().post('/maintenance/tickets').set('cookie', cookie).send(ticket).expect(403);
    expect(refused.body.code).toBe('auth.csrf_header_missing');
    const [{ tickets }] = await t.sql<{ tickets: number }>('SELECT count(*)::int AS tickets FROM maintenance_tickets');
    expect(tickets).toBe(0);
    const filed = await t.http().post('/maintenance/tickets').set('cookie', cookie).set(CSRF).send(ticket).expect(201);
    expect(filed.body.number).toMatch(/^\d{3}-\d{6}$/);
  });

  it('still accepts a bearer token for writes without the CSRF header', async () => {
    const token = await t.login('requester');
    await t
      .http()
      .post('/maintenance/tickets')
      .set('authorization', `Bearer ${token}`)
      .send({
        spotText: '鳳山行政中心前棟1樓',
        tradeCode: 'plumbing_electrical',
        title: '燈不亮',
        description: '走廊燈',
      })
      .expect(201);
  });

  it('signs out: DELETE /auth/session clears the cookie, and needs the CSRF header', async () => {
    const cookie = await signIn();
    const refused = await t.http().delete('/auth/session').set('cookie', cookie).expect(403);
    expect(refused.body.code).toBe('auth.csrf_header_missing');
    const response = await t.http().delete('/auth/session').set('cookie', cookie).set(CSRF).expect(204);
    const cleared = sessionCookieOf(response.headers['set-cookie']);
    expect(cleared).toMatch(/^fo_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
  });
});
