import { PNG } from 'pngjs';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer, createDormitory, createOtherAgencyUser, demoUser } from './dormitories.factories';

function photo(fileName: string) {
  const png = new PNG({ width: 4, height: 4 });
  png.data.fill(120);
  return { fileName, contentType: 'image/png', dataBase64: PNG.sync.write(png).toString('base64') };
}

describe('photos of patrol findings and residence checks', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await bearer(t, 'dormitory');
  }, 60_000);
  afterAll(() => t.close());

  const post = (path: string, body: object, token = manager) =>
    t.http().post(path).set('authorization', token).send(body);

  it('keeps a photo with a patrol finding, shows it on the patrol and hands the file back to its readers only', async () => {
    const dormitory = await createDormitory(t);
    const patrol = (
      await post('/dormitory-patrols', {
        dormitoryId: dormitory.id,
        patrolledAt: '2026-11-20T02:00:00.000Z',
        findings: [{ item: '樓梯扶手鬆動', severity: 'medium' }],
      }).expect(201)
    ).body;
    const findingId = patrol.findings[0].id as string;
    const upload = photo('扶手.png');
    const stored = await post(`/dormitory-patrols/${patrol.id}/findings/${findingId}/photos`, upload).expect(201);
    expect(stored.body).toMatchObject({ fileName: '扶手.png', contentType: 'image/png' });
    expect(stored.body).not.toHaveProperty('storagePath');
    const shown = await t.http().get(`/dormitory-patrols/${patrol.id}`).set('authorization', manager).expect(200);
    expect(shown.body.findings[0].photos).toEqual([expect.objectContaining({ id: stored.body.id })]);
    const file = await t
      .http()
      .get(`/dormitory-photos/${stored.body.id}`)
      .set('authorization', manager)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((file.body as Buffer).toString('base64')).toBe(upload.dataBase64);
    const other = await bearer(t, (await createOtherAgencyUser(t, ['dormitory_manager'])).username);
    await t.http().get(`/dormitory-photos/${stored.body.id}`).set('authorization', other).expect(404);
    await post(`/dormitory-patrols/${patrol.id}/findings/${findingId}/photos`, upload, other).expect(404);
    const forged = await post(`/dormitory-patrols/${patrol.id}/findings/${findingId}/photos`, {
      ...upload,
      dataBase64: Buffer.from('not a picture').toString('base64'),
    }).expect(400);
    expect(forged.body.code).toBe('maintenance_attachment.content_mismatch');
  });

  it('keeps a photo with a residence check of the current campaign', async () => {
    const dormitory = await createDormitory(t);
    const agencyId = (await demoUser(t, 'dormitory')).agencyId;
    await post('/dormitory-assignments', {
      unitId: dormitory.units[0].id,
      occupantName: '林住戶',
      occupantAgencyId: agencyId,
      startsOn: '2025-01-01',
    }).expect(201);
    const campaign = (await post('/residence-check-campaigns', { at: '2026-11-02T09:00:00+08:00' }).expect(201)).body;
    const detail = await t
      .http()
      .get(`/residence-check-campaigns/${campaign.id}`)
      .set('authorization', manager)
      .expect(200);
    const check = detail.body.checks.find(
      (item: { assignment: { unitId: string } }) => item.assignment.unitId === dormitory.units[0].id,
    );
    const stored = await post(
      `/residence-check-campaigns/${campaign.id}/checks/${check.id}/photos`,
      photo('門牌.png'),
    ).expect(201);
    const after = await t
      .http()
      .get(`/residence-check-campaigns/${campaign.id}`)
      .set('authorization', manager)
      .expect(200);
    const photos = after.body.checks.find((item: { id: string }) => item.id === check.id).photos;
    expect(photos).toEqual([expect.objectContaining({ id: stored.body.id, fileName: '門牌.png' })]);
  });
});
