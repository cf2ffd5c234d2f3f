import { startTestApp, TestApp } from '../support/test-app';

const PDF = Buffer.from('%PDF-1.4\n% 考評結果\n').toString('base64');

describe('division records: evaluations and civil-defence training, recorded and counted', () => {
  let t: TestApp;
  let coordinator: string;
  let siwei: string;
  let fengshan: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('coordinator');
    const sites = await t.sql<{ id: string; code: string }>("SELECT id, code FROM locations WHERE kind = 'site'");
    siwei = sites.find((site) => site.code === 'SW')!.id;
    fengshan = sites.find((site) => site.code === 'FS')!.id;
  });
  afterAll(() => t.close());

  const record = (body: Record<string, unknown>, token = coordinator) =>
    t.http().post('/division-records').auth(token, { type: 'bearer' }).send(body);

  it('records an evaluation with its result file, audits it and serves the file back', async () => {
    const created = await record({
      kind: 'cleaning_greening_evaluation',
      heldOn: '2023-05-10',
      siteId: siwei,
      result: '特優',
      resultFile: { fileName: '考評結果.pdf', contentType: 'application/pdf', dataBase64: PDF },
    }).expect(201);
    expect(created.body).toMatchObject({
      kindLabel: '環境清潔及綠美化績效考評',
      heldOn: '2023-05-10',
      result: '特優',
      resultFileName: '考評結果.pdf',
    });
    const file = await t
      .http()
      .get(`/division-records/${created.body.id}/result-file`)
      .auth(await t.login('reports'), { type: 'bearer' })
      .expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    const audit = await t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'division_record' AND entity_id = $1",
      [created.body.id],
    );
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('refuses a second record of a kind at a center on one day, training without attendance, and a non-center', async () => {
    const twice = await record({ kind: 'cleaning_greening_evaluation', heldOn: '2023-05-10', siteId: siwei }).expect(
      409,
    );
    expect(twice.body).toMatchObject({
      code: 'division_records.duplicate',
      details: { fields: [{ field: 'heldOn', code: 'division_records.duplicate' }] },
    });
    const noAttendance = await record({ kind: 'civil_defence_training', heldOn: '2023-09-01', siteId: siwei }).expect(
      422,
    );
    expect(noAttendance.body.details.fields[0].field).toBe('attendance');
    const [building] = await t.sql<{ id: string }>("SELECT id FROM locations WHERE kind = 'building' LIMIT 1");
    const notCenter = await record({
      kind: 'civil_defence_training',
      heldOn: '2023-09-01',
      siteId: building.id,
      attendance: 3,
    }).expect(422);
    expect(notCenter.body.code).toBe('division_records.not_a_center');
    await record({ kind: 'civil_defence_training', heldOn: '2023-09-01', siteId: siwei, attendance: -1 }).expect(400);
  });

  it('lets only the office record and report viewers read', async () => {
    const requester = await t.login('requester');
    await record({ kind: 'cleaning_greening_evaluation', heldOn: '2023-01-10', siteId: siwei }, requester).expect(403);
    await t.http().get('/division-records').auth(requester, { type: 'bearer' }).expect(403);
    const list = await t
      .http()
      .get('/division-records?kind=cleaning_greening_evaluation&from=2023-01-01&to=2023-12-31')
      .auth(await t.login('reports'), { type: 'bearer' })
      .expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('counts the evaluations per center and the training with its attendance, in the report sentences', async () => {
    for (const [siteId, heldOn] of [
      [siwei, '2023-11-20'],
      [fengshan, '2023-05-11'],
      [fengshan, '2023-11-21'],
      [fengshan, '2024-01-02'],
    ]) {
      await record({ kind: 'cleaning_greening_evaluation', heldOn, siteId }).expect(201);
    }
    await record({ kind: 'civil_defence_training', heldOn: '2023-08-15', siteId: fengshan, attendance: 84 }).expect(
      201,
    );
    const report = await t
      .http()
      .get('/figures?rocYear=112')
      .auth(await t.login('reports'), { type: 'bearer' })
      .expect(200);
    const division = report.body.sections.find((section: { key: string }) => section.key === 'division');
    expect(division.figures.map((figure: { sentence: string }) => figure.sentence)).toEqual([
      '辦理四維、鳳山行政中心112年度環境清潔及綠美化績效考評各2次',
      '112年度四維行政中心環境清潔及綠美化績效考評計2次',
      '112年度鳳山行政中心環境清潔及綠美化績效考評計2次',
      '112年度辦理防護團講習計1場次，參訓人數84人',
    ]);
  });
});
