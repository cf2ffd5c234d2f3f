import { TEST_PASSWORD, TestApp } from '../support/test-app';

/** Helpers shared by the maintenance e2e files: file tickets and move them as a given user. */
export function maintenanceHelpers(t: TestApp) {
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });

  const userId = async (username: string) =>
    (await t.sql<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]))[0].id;

  async function file(username = 'requester', fields: Record<string, unknown> = {}) {
    const response = await t
      .http()
      .post('/maintenance/tickets')
      .set(await as(username))
      .send({
        tradeCode: 'plumbing_electrical',
        title: '茶水間水龍頭漏水',
        description: '7樓東側茶水間水龍頭一直滴水',
        spotText: '7樓東側茶水間',
        ...fields,
      });
    if (response.status !== 201) throw new Error(`filing failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as {
      id: string;
      number: string;
      version: number;
      status: string;
      locationLabel: string | null;
    };
  }

  async function move(username: string, id: string, action: string, fields: Record<string, unknown> = {}) {
    const current = await t.sql<{ version: number }>('SELECT version FROM maintenance_tickets WHERE id = $1', [id]);
    return t
      .http()
      .post(`/maintenance/tickets/${id}/transitions`)
      .set(await as(username))
      .send({ action, version: current[0]?.version ?? 1, ...fields });
  }

  async function moveOk(username: string, id: string, action: string, fields: Record<string, unknown> = {}) {
    const response = await move(username, id, action, fields);
    if (response.status !== 200)
      throw new Error(`${username} ${action} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Record<string, unknown>;
  }

  /** Creates an agency and one user in it holding `roles`; returns the username. */
  async function otherAgencyUser(code: string, username: string, roles: string[] = ['requester']) {
    const admin = await as('admin');
    const agency = await t
      .http()
      .post('/agencies')
      .set(admin)
      .send({ code, name: `${code} 機關` })
      .expect(201);
    await t
      .http()
      .post('/users')
      .set(admin)
      .send({ username, displayName: username, agencyId: agency.body.id, roles, password: TEST_PASSWORD })
      .expect(201);
    return username;
  }

  async function officeUser(username: string, roles: string[]) {
    const admin = await as('admin');
    const office = await t.sql<{ id: string }>("SELECT id FROM agencies WHERE code = 'GA-OFFICE'");
    await t
      .http()
      .post('/users')
      .set(admin)
      .send({ username, displayName: username, agencyId: office[0].id, roles, password: TEST_PASSWORD })
      .expect(201);
    return username;
  }

  async function giveTrades(username: string, tradeCodes = ['plumbing_electrical']) {
    await t
      .http()
      .put(`/maintenance/technicians/${await userId(username)}/trades`)
      .set(await as('coordinator'))
      .send({ tradeCodes })
      .expect(200);
  }

  return { as, userId, file, move, moveOk, otherAgencyUser, officeUser, giveTrades };
}
