import { rocYearRange } from '../../src/common/time';
import { DormitoryFiguresService } from '../../src/dormitories/figures/dormitory-figures.service';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer, createDormitory, demoUser } from './dormitories.factories';

describe('dormitory figures', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await bearer(t, 'dormitory');
    const post = (path: string, body: object, token = manager) =>
      t
        .http()
        .post(path)
        .set('authorization', token)
        .send(body)
        .expect(201)
        .then((response) => response.body);
    const agencyId = (await demoUser(t, 'dormitory')).agencyId;

    const residence = await createDormitory(t, { type: 'head_residence', lendable: true, units: undefined });
    const multi = await createDormitory(t);
    await createDormitory(t);
    await createDormitory(t, { type: 'single_room_staff', units: undefined, acquiredOn: '2023-01-01' });
    const demolished = await createDormitory(t, { type: 'family', status: 'vacant', units: undefined });
    const handedOver = await createDormitory(t, { type: 'family', status: 'vacant', units: undefined });
    await post(`/dormitories/${demolished.id}/status`, {
      version: demolished.version,
      status: 'demolished',
      effectiveOn: '2021-05-03',
    });
    await post(`/dormitories/${handedOver.id}/status`, {
      version: handedOver.version,
      status: 'handed_over',
      effectiveOn: '2022-03-01',
    });

    const patrol = await post('/dormitory-patrols', {
      dormitoryId: multi.id,
      patrolledAt: '2022-04-10T02:00:00Z',
      findings: [{ item: '外牆剝落', severity: 'low' }],
    });
    await post(`/dormitory-patrols/${patrol.id}/findings`, {
      item: '水塔漏水',
      severity: 'high',
      repair: { tradeCode: 'plumbing_electrical' },
    });

    // Past lending is history: the API refuses bookings in the past, so it is written straight in.
    const requester = await demoUser(t, 'requester');
    await t.sql(
      `INSERT INTO residence_bookings (dormitory_id, agency_id, requested_by_user_id, organizer_type, organizer_name,
         purpose, starts_at, ends_at, status, version)
       VALUES ($1, $2, $3, 'organisation', '社團法人高雄市公益協會', '義賣', '2022-10-01T01:00:00Z', '2022-10-01T08:00:00Z', 'approved', 2),
              ($1, $2, $3, 'school', '四維國小', '校外教學', '2022-11-01T01:00:00Z', '2022-11-01T08:00:00Z', 'requested', 1)`,
      [residence.id, requester.agencyId, requester.id],
    );

    await post('/dormitory-assignments', {
      unitId: multi.units[0].id,
      occupantName: '林住戶',
      occupantAgencyId: agencyId,
      startsOn: '2020-01-01',
    });
    const campaign = await post('/residence-check-campaigns', { at: '2022-05-02T09:00:00+08:00' });
    const [check] = (await t.http().get(`/residence-check-campaigns/${campaign.id}`).set('authorization', manager)).body
      .checks;
    await post(`/residence-check-campaigns/${campaign.id}/checks/${check.id}`, {
      version: check.version,
      outcome: 'living_there',
      checkedOn: '2022-05-20',
    });
  }, 60_000);
  afterAll(() => t.close());

  it('counts 2022 for the report viewer through HTTP', async () => {
    const response = await t
      .http()
      .get('/dormitory-figures')
      .query({ from: '2022-01-01', to: '2022-12-31' })
      .set('authorization', await bearer(t, 'reports'))
      .expect(200);
    expect(response.body).toMatchObject({
      dormitories: { head_residence: 1, multi_room_staff: 2, single_room_staff: 0, family: 0, total: 3 },
      verificationCampaigns: [{ code: '111-H1', firstCheckedOn: '2022-05-20', lastCheckedOn: '2022-05-20' }],
      residenceLendingUses: 1,
      demolitions: 0,
      handovers: 1,
      patrols: 1,
      findings: 2,
      repairsOpened: 1,
      summary: '經管市有宿舍3間，包括首長宿舍1間、多房間職務宿舍2間、單房間職務宿舍0間及眷舍0間',
    });
  });

  it('gives any period through the exported service', async () => {
    const figures = await t.app.get(DormitoryFiguresService).figuresFor(rocYearRange(110));
    expect(figures).toMatchObject({
      demolitions: 1,
      handovers: 0,
      patrols: 0,
      residenceLendingUses: 0,
      verificationCampaigns: [],
    });
    expect(figures.dormitories).toMatchObject({ family: 1, single_room_staff: 0, total: 4 });
    await t
      .http()
      .get('/dormitory-figures')
      .query({ from: '2022-12-31', to: '2022-01-01' })
      .set('authorization', manager)
      .expect(400);
    await t
      .http()
      .get('/dormitory-figures')
      .query({ from: '2022-01-01', to: '2022-12-31' })
      .set('authorization', await bearer(t, 'requester'))
      .expect(403);
  });
});
