import { startTestApp, TestApp } from '../support/test-app';

interface Node {
  id: string;
  kind: string;
  code: string;
  name: string;
  children: Node[];
}

describe('location tree', () => {
  let t: TestApp;
  let admin: string;
  let tree: Node[];
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    tree = (
      await t
        .http()
        .get('/locations/tree')
        .set('authorization', `Bearer ${await t.login('requester')}`)
        .expect(200)
    ).body;
  });
  afterAll(() => t.close());

  it('holds both centers, with Fengshan split into front and rear buildings, readable by anyone signed in', () => {
    expect(tree.map((site) => site.name)).toEqual(['四維行政中心', '鳳山行政中心']);
    const fengshan = tree.find((site) => site.code === 'FS')!;
    expect(fengshan.children.map((building) => building.name)).toEqual(['前棟', '後棟']);
    expect(fengshan.children[0].children[0].children.length).toBeGreaterThan(0);
  });

  it('returns a room with its path for a ticket to record', async () => {
    const room = tree[1].children[0].children.find((floor) => floor.code === '3F')!.children[0];
    const path = await t.http().get(`/locations/${room.id}`).set('authorization', `Bearer ${admin}`).expect(200);
    expect(path.body.label).toBe('鳳山行政中心 前棟 3樓 第二會議室');
  });

  it('lets the database refuse a room hung under a building, and the API explain it', async () => {
    const building = tree[0].children[0];
    const response = await t
      .http()
      .post('/locations')
      .set('authorization', `Bearer ${admin}`)
      .send({ kind: 'room', parentId: building.id, code: 'X1', name: '錯層' })
      .expect(422);
    expect(response.body.code).toBe('location.wrong_parent_kind');
    expect(response.body.details.fields).toEqual([expect.objectContaining({ field: 'parentId' })]);
    await expect(
      t.sql(
        "INSERT INTO locations (kind, parent_id, parent_kind, code, name, version) VALUES ('room', $1, 'building', 'X2', 'bypass', 1)",
        [building.id],
      ),
    ).rejects.toThrow(/ck_locations_parent_kind/);
    await expect(
      t.sql(
        "INSERT INTO locations (kind, parent_id, parent_kind, code, name, version) VALUES ('room', $1, 'floor', 'X3', 'lies about its parent', 1)",
        [building.id],
      ),
    ).rejects.toThrow(/fk_locations_parent/);
  });

  it('lets only admins edit, and refuses to delete a floor that still has rooms', async () => {
    const floor = tree[0].children[0].children[0];
    await t
      .http()
      .post('/locations')
      .set('authorization', `Bearer ${await t.login('coordinator')}`)
      .send({ kind: 'room', parentId: floor.id, code: 'R9', name: '儲藏室' })
      .expect(403);
    const room = await t
      .http()
      .post('/locations')
      .set('authorization', `Bearer ${admin}`)
      .send({ kind: 'room', parentId: floor.id, code: 'R9', name: '儲藏室' })
      .expect(201);
    const taken = await t
      .http()
      .post('/locations')
      .set('authorization', `Bearer ${admin}`)
      .send({ kind: 'room', parentId: floor.id, code: 'R9', name: '重複' })
      .expect(409);
    expect(taken.body).toMatchObject({
      code: 'location.code_taken',
      details: {
        constraint: 'uq_locations_parent_id_code',
        fields: [{ field: 'code', code: 'location.code_taken', message: expect.any(String) }],
      },
    });
    await t.http().delete(`/locations/${floor.id}`).set('authorization', `Bearer ${admin}`).expect(422);
    await t.http().delete(`/locations/${room.body.id}`).set('authorization', `Bearer ${admin}`).expect(204);
    expect(await t.sql('SELECT 1 FROM locations WHERE id = $1', [room.body.id])).toHaveLength(0);
  });
});
