import { randomBytes } from 'node:crypto';
import { Role } from '../../src/identity/role';
import { TEST_PASSWORD, TestApp } from '../support/test-app';

export async function bearer(t: TestApp, username: string): Promise<string> {
  return `Bearer ${await t.login(username)}`;
}

let sequence = 0;
function nextCode(prefix: string): string {
  sequence += 1;
  return `${prefix}-${randomBytes(2).toString('hex').toUpperCase()}${sequence}`;
}

/** Creates a dormitory through the API as the demo dormitory manager and returns its body. */
export async function createDormitory(t: TestApp, overrides: Record<string, unknown> = {}) {
  const response = await t
    .http()
    .post('/dormitories')
    .set('authorization', await bearer(t, 'dormitory'))
    .send({
      code: nextCode('DT'),
      name: '測試宿舍',
      address: '高雄市苓雅區四維三路2號',
      type: 'multi_room_staff',
      status: 'in_use',
      units: [{ code: '1F-1' }, { code: '1F-2' }],
      ...overrides,
    });
  if (response.status !== 201) throw new Error(`create dormitory: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; units: { id: string; code: string }[] };
}

/** Another agency with a user holding `roles`, created by the admin through the API. */
export async function createOtherAgencyUser(
  t: TestApp,
  roles: Role[],
): Promise<{ agencyId: string; username: string; userId: string }> {
  const admin = await bearer(t, 'admin');
  const code = nextCode('AG');
  const agency = await t
    .http()
    .post('/agencies')
    .set('authorization', admin)
    .send({ code, name: `測試機關${code}` })
    .expect(201);
  const username = code.toLowerCase();
  const user = await t
    .http()
    .post('/users')
    .set('authorization', admin)
    .send({ username, displayName: '他機關使用者', agencyId: agency.body.id, roles, password: TEST_PASSWORD })
    .expect(201);
  return { agencyId: agency.body.id as string, username, userId: user.body.id as string };
}

/** The demo user's id and agency, read straight from the database. */
export async function demoUser(t: TestApp, username: string): Promise<{ id: string; agencyId: string }> {
  const [row] = await t.sql<{ id: string; agency_id: string }>('SELECT id, agency_id FROM users WHERE username = $1', [
    username,
  ]);
  return { id: row.id, agencyId: row.agency_id };
}
