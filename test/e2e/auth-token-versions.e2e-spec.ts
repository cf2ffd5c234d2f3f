import { TOKEN_VERSION_CHANNEL, TOKEN_VERSION_LISTENER } from '../../src/users/token-version-cache';
import { statementsDuring } from '../support/sent-statements';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

const TOKEN_VERSION_READ = /FROM users WHERE id = \$1 AND active/;

describe('token versions cached per process, dropped when they change', () => {
  let t: TestApp;
  let admin: string;
  let agencyId: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    const agencies = await t.http().get('/agencies').set(as(admin)).expect(200);
    agencyId = agencies.body.items.find((agency: { code: string }) => agency.code === 'SOCIAL').id;
  }, 60_000);
  afterAll(() => t.close());

  async function userWithToken(username: string): Promise<{ id: string; token: string }> {
    const created = await t
      .http()
      .post('/users')
      .set(as(admin))
      .send({ username, displayName: '測試', agencyId, roles: ['requester'], password: TEST_PASSWORD })
      .expect(201);
    return { id: created.body.id, token: await t.login(username) };
  }

  async function tokenVersionReadsDuring(work: () => Promise<unknown>): Promise<number> {
    return (await statementsDuring(work)).filter((text) => TOKEN_VERSION_READ.test(text)).length;
  }

  /** Another instance hears of a change when its notification arrives, a moment after the commit: ask until it answers. */
  async function statusOnceHeard(token: string): Promise<number> {
    let status = 0;
    for (let attempt = 0; attempt < 200 && status !== 401; attempt++) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 25));
      status = (await t.http().get('/users/me').set(as(token))).status;
    }
    return status;
  }

  /**
   * What another instance of the service does when it revokes an account's tokens: bump and notify
   * in one transaction. (A second Nest app in this process would share passport's strategies.)
   */
  async function revokeElsewhere(userId: string): Promise<void> {
    await t.sql('BEGIN');
    await t.sql('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [userId]);
    await t.sql('SELECT pg_notify($1, $2)', [TOKEN_VERSION_CHANNEL, userId]);
    await t.sql('COMMIT');
  }

  async function listenerPid(): Promise<number | undefined> {
    const [row] = await t.sql<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database() AND query LIKE 'LISTEN%'",
      [TOKEN_VERSION_LISTENER],
    );
    return row?.pid;
  }

  it('reads the token version on the first request of an account, not on the next ones', async () => {
    const user = await userWithToken('cached.once');
    expect(await tokenVersionReadsDuring(() => t.http().get('/users/me').set(as(user.token)).expect(200))).toBe(1);
    expect(await tokenVersionReadsDuring(() => t.http().get('/users/me').set(as(user.token)).expect(200))).toBe(0);
  });

  it('refuses the next request after a revocation through this instance, with no waiting', async () => {
    const user = await userWithToken('revoked.here');
    await t.http().get('/users/me').set(as(user.token)).expect(200);
    await t.http().patch(`/users/${user.id}`).set(as(admin)).send({ active: false }).expect(200);
    await t.http().get('/users/me').set(as(user.token)).expect(401);
  });

  it('refuses the token once another instance revoked it (its notification), though this one had it cached', async () => {
    const user = await userWithToken('revoked.elsewhere');
    await t.http().get('/users/me').set(as(user.token)).expect(200);
    await t.http().get('/users/me').set(as(user.token)).expect(200);
    await revokeElsewhere(user.id);
    expect(await statusOnceHeard(user.token)).toBe(401);
  });

  it('drops every cached version when its listening connection is lost, and listens again', async () => {
    const user = await userWithToken('unheard.change');
    await t.http().get('/users/me').set(as(user.token)).expect(200);
    // A change whose notification is lost with the connection: made without one, just before the loss.
    await t.sql('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [user.id]);
    await t.http().get('/users/me').set(as(user.token)).expect(200);
    const lost = await listenerPid();
    expect(lost).toBeDefined();
    await t.sql('SELECT pg_terminate_backend($1, 5000)', [lost]);
    let reconnected: number | undefined;
    while (!reconnected || reconnected === lost) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      reconnected = await listenerPid();
    }
    await t.http().get('/users/me').set(as(user.token)).expect(401);

    const next = await userWithToken('heard.again');
    await t.http().get('/users/me').set(as(next.token)).expect(200);
    await revokeElsewhere(next.id);
    expect(await statusOnceHeard(next.token)).toBe(401);
  }, 30_000);
});
