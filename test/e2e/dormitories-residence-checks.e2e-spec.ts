import { JobsService } from '../../src/jobs/jobs.service';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer, createDormitory, createOtherAgencyUser, demoUser } from './dormitories.factories';

const JOB = 'dormitories.open-residence-check-campaign';

describe('residence fact verification', () => {
  let t: TestApp;
  let manager: string;
  let agencyId: string;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await bearer(t, 'dormitory');
    agencyId = (await demoUser(t, 'dormitory')).agencyId;
    const dormitory = await createDormitory(t);
    const occupant = { occupantName: '住戶', occupantAgencyId: agencyId };
    for (const [unit, startsOn, endsOn] of [
      [0, '2025-01-01', null],
      [1, '2025-06-01', '2026-03-31'],
    ] as const) {
      const created = await t
        .http()
        .post('/dormitory-assignments')
        .set('authorization', manager)
        .send({ unitId: dormitory.units[unit].id, ...occupant, startsOn })
        .expect(201);
      if (endsOn)
        await t
          .http()
          .post(`/dormitory-assignments/${created.body.id}/move-out`)
          .set('authorization', manager)
          .send({ version: created.body.version, endsOn })
          .expect(201);
    }
  }, 60_000);
  afterAll(() => t.close());

  it('opens the May campaign once per half-year through the job, with a check per running assignment', async () => {
    const jobs = t.app.get(JobsService);
    const may = await jobs.runForPeriod(JOB, new Date('2026-05-01T06:00:00+08:00'), 'manual');
    expect(may.run?.status).toBe('succeeded');
    expect(may.run?.result).toMatchObject({ code: '115-H1', opened: 1 });
    expect((await jobs.runForPeriod(JOB, new Date('2026-05-20T06:00:00+08:00'), 'manual')).ran).toBe(false);
    expect((await jobs.runForPeriod(JOB, new Date('2026-06-01T06:00:00+08:00'), 'manual')).run?.result).toMatchObject({
      opened: 0,
      skipped: 'not a campaign month',
    });
    const campaigns = await t.sql<{ code: string; check_count: number }>(
      'SELECT code, check_count FROM residence_check_campaigns WHERE agency_id = $1',
      [agencyId],
    );
    expect(campaigns).toEqual([{ code: '115-H1', check_count: 1 }]);
    const again = await t
      .http()
      .post('/residence-check-campaigns')
      .set('authorization', manager)
      .send({ at: '2026-03-01T00:00:00+08:00' })
      .expect(409);
    expect(again.body).toMatchObject({
      code: 'residence_check_campaign.exists',
      details: {
        fields: [{ field: 'at', code: 'residence_check_campaign.exists', message: expect.any(String) }],
        code: '115-H1',
      },
    });
  });

  it('completes a campaign when its last check is recorded', async () => {
    const opened = await t
      .http()
      .post('/residence-check-campaigns')
      .set('authorization', manager)
      .send({ at: '2025-11-03T09:00:00+08:00' })
      .expect(201);
    expect(opened.body).toMatchObject({ code: '114-H2', checkCount: 2, completedAt: null });
    const detail = (
      await t.http().get(`/residence-check-campaigns/${opened.body.id}`).set('authorization', manager).expect(200)
    ).body;
    const [first, second] = detail.checks as { id: string; version: number }[];
    const record = (check: { id: string; version: number }, outcome: string) =>
      t
        .http()
        .post(`/residence-check-campaigns/${opened.body.id}/checks/${check.id}`)
        .set('authorization', manager)
        .send({ version: check.version, outcome, checkedOn: '2025-11-10' });
    expect((await record(first, 'living_there')).status).toBe(201);
    expect((await record(first, 'unreachable')).status).toBe(409);
    expect(
      (await t.http().get(`/residence-check-campaigns/${opened.body.id}`).set('authorization', manager)).body
        .completedAt,
    ).toBeNull();
    expect((await record(second, 'not_living_there')).status).toBe(201);
    const done = await t
      .http()
      .get(`/residence-check-campaigns/${opened.body.id}`)
      .set('authorization', manager)
      .expect(200);
    expect(done.body.completedAt).not.toBeNull();
    await expect(
      t.sql('INSERT INTO residence_checks (campaign_id, assignment_id, version) VALUES ($1, $2, 1)', [
        opened.body.id,
        detail.checks[0].assignmentId,
      ]),
    ).rejects.toThrow(/uq_residence_checks_campaign_id_assignment_id/);
  });

  it("keeps another agency's manager out of the campaigns", async () => {
    const [campaign] = await t.sql<{ id: string }>('SELECT id FROM residence_check_campaigns LIMIT 1');
    const other = await bearer(t, (await createOtherAgencyUser(t, ['dormitory_manager'])).username);
    await t.http().get(`/residence-check-campaigns/${campaign.id}`).set('authorization', other).expect(404);
    expect(
      (await t.http().get('/residence-check-campaigns').set('authorization', other).expect(200)).body.items,
    ).toEqual([]);
    await t.http().post('/residence-check-campaigns').set('authorization', other).send({ agencyId }).expect(404);
  });
});
