import { startTestApp, TestApp } from '../support/test-app';
import { bearer, createDormitory } from './dormitories.factories';
import { csvUpload, FigureSection } from './historical-import-fixtures';

const HEADINGS = '年度,期別,宿舍,房號,住戶姓名,查考結果,查考日期,備註';

const csv = (lines: string[]) => csvUpload('112年居住事實查考.csv', HEADINGS, lines);

describe('import of earlier years: residence checks', () => {
  let t: TestApp;
  let admin: string;
  let code: string;
  /** The two rounds of 112, in the forms the office's files write halves, outcomes and dates. */
  let checks112: string[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    const manager = await bearer(t, 'dormitory');
    const [{ agency_id: agencyId }] = await t.sql<{ agency_id: string }>(
      "SELECT agency_id FROM users WHERE username = 'dormitory'",
    );
    const dormitory = await createDormitory(t);
    [{ code }] = await t.sql<{ code: string }>('SELECT code FROM dormitories WHERE id = $1', [dormitory.id]);
    for (const [unit, occupantName] of [
      [0, '王大明'],
      [1, '李小華'],
    ] as const) {
      await t
        .http()
        .post('/dormitory-assignments')
        .set('authorization', manager)
        .send({ unitId: dormitory.units[unit].id, occupantName, occupantAgencyId: agencyId, startsOn: '2022-01-01' })
        .expect(201);
    }
    checks112 = [
      `112,上半年,${code},1F-1,王大明,確有居住,112/06/10,`,
      `112,上半年,測試宿舍,1F-2,李小華,未遇,1120612,電話未接`,
      `112,下半年,${code},1F-1,王大明,living_there,112/12/05,`,
      `112,H2,${code},1F-2,李小華,未居住,2023-12-20,`,
    ];
  }, 60_000);
  afterAll(() => t.close());

  const post = (path: string, body: object, token = admin) =>
    t.http().post(path).auth(token, { type: 'bearer' }).send(body);
  const checkCount = async () =>
    Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM residence_checks'))[0].n);

  it('refuses a file with an occupant not assigned there, naming the line, and imports nothing', async () => {
    const bad = [...checks112];
    bad[1] = bad[1].replace('李小華', '張三');
    const preview = await post('/imports/residence_checks/preview', csv(bad)).expect(200);
    expect(preview.body).toMatchObject({ kind: 'residence_checks', committed: false, lines: 4 });
    expect(preview.body.problems).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'occupant',
        column: '住戶姓名',
        code: 'residence_check.import_no_assignment',
      }),
    ]);
    const refused = await post('/imports/residence_checks', csv(bad)).expect(422);
    expect(refused.body).toMatchObject({ code: 'import.refused', details: { committed: false } });
    expect(await checkCount()).toBe(0);
    expect(await t.sql('SELECT 1 FROM residence_check_campaigns')).toHaveLength(0);
    await post('/imports/residence_checks/preview', csv(checks112), await t.login('dormitory')).expect(403);
  });

  it('refuses a check outside its half-year, an unknown outcome and the same occupant twice in a round', async () => {
    const outside = await post(
      '/imports/residence_checks/preview',
      csv([checks112[0].replace('112/06/10', '112/07/01')]),
    ).expect(200);
    expect(outside.body.problems).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'checkedAt',
        column: '查考日期',
        code: 'residence_check.import_outside_round',
      }),
    ]);
    const unknown = await post(
      '/imports/residence_checks/preview',
      csv([checks112[0].replace('確有居住', '不明')]),
    ).expect(200);
    expect(unknown.body.problems).toEqual([
      expect.objectContaining({ line: 2, field: 'outcome', column: '查考結果', code: 'import.unknown_reference' }),
    ]);
    const twice = await post('/imports/residence_checks/preview', csv([checks112[0], checks112[0]])).expect(200);
    expect(twice.body.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'occupant', column: '住戶姓名', code: 'residence_check.exists' }),
    ]);
    expect(await checkCount()).toBe(0);
  });

  it('imports two rounds as complete and marked, and the yearly figure reads them like any other', async () => {
    const preview = await post('/imports/residence_checks/preview', csv(checks112)).expect(200);
    expect(preview.body).toEqual({ kind: 'residence_checks', committed: false, lines: 4, problems: [] });
    expect(await checkCount()).toBe(0);

    await post('/imports/residence_checks', csv(checks112)).expect(200);
    const campaigns = await t.sql<{ code: string; check_count: number; imported: boolean; completed_at: Date }>(
      `SELECT code, check_count, imported_at IS NOT NULL AS imported, completed_at
         FROM residence_check_campaigns ORDER BY code`,
    );
    expect(campaigns).toEqual([
      { code: '112-H1', check_count: 2, imported: true, completed_at: new Date('2023-06-11T16:00:00Z') },
      { code: '112-H2', check_count: 2, imported: true, completed_at: new Date('2023-12-19T16:00:00Z') },
    ]);
    const checks = await t.sql<{ outcome: string; checked_on: string; imported: boolean }>(
      `SELECT outcome, checked_on::text, imported_at IS NOT NULL AS imported FROM residence_checks ORDER BY checked_on`,
    );
    expect(checks).toEqual([
      { outcome: 'living_there', checked_on: '2023-06-10', imported: true },
      { outcome: 'unreachable', checked_on: '2023-06-12', imported: true },
      { outcome: 'living_there', checked_on: '2023-12-05', imported: true },
      { outcome: 'not_living_there', checked_on: '2023-12-20', imported: true },
    ]);
    const audit = await t.sql(
      "SELECT 1 FROM audit_entries WHERE entity_type IN ('residence_check', 'residence_check_campaign') AND action = 'import'",
    );
    expect(audit).toHaveLength(6);

    const report = await t.http().get('/figures?rocYear=112').auth(admin, { type: 'bearer' }).expect(200);
    const dormitories = (report.body.sections as FigureSection[]).find((section) => section.key === 'dormitories')!;
    const verifications = dormitories.figures.find((figure) => figure.key === 'dormitories.verifications')!;
    const [independent] = await t.sql<{ n: string }>(
      `SELECT count(DISTINCT extract(month FROM last)) AS n FROM (
         SELECT max(k.checked_on) AS last FROM residence_check_campaigns c JOIN residence_checks k ON k.campaign_id = c.id
          WHERE c.completed_at IS NOT NULL GROUP BY c.id) rounds
        WHERE last >= '2023-01-01' AND last < '2024-01-01'`,
    );
    expect(verifications.value).toBe(Number(independent.n));
    expect(verifications.sentence).toBe('每年辦理2次宿舍居住事實查考作業，分別於6、12月辦理完成');
  });

  it('never adds to a round run here', async () => {
    const manager = await bearer(t, 'dormitory');
    await t
      .http()
      .post('/residence-check-campaigns')
      .set('authorization', manager)
      .send({ at: '2022-03-01T10:00:00+08:00' })
      .expect(201);
    const refused = await post(
      '/imports/residence_checks',
      csv([`111,上半年,${code},1F-1,王大明,確有居住,111/06/10,`]),
    ).expect(422);
    expect(refused.body.details.problems).toEqual([
      expect.objectContaining({ line: 2, field: 'campaign', code: 'residence_check.import_round_exists' }),
    ]);
  });
});
