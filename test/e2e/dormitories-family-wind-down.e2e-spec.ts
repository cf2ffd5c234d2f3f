import { domainErrorMessages } from '../../web/src/common/errors/error-messages';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer, createDormitory, createOtherAgencyUser } from './dormitories.factories';

type Body = Record<string, unknown> & { id: string; version: number };

describe('family dormitories being wound down (clearance, lawsuits, loans)', () => {
  let t: TestApp;
  let manager: string;
  const family = () => createDormitory(t, { type: 'family', status: 'vacant', units: undefined });

  beforeAll(async () => {
    t = await startTestApp();
    manager = await bearer(t, 'dormitory');
  }, 60_000);
  afterAll(() => t.close());

  const startClearance = (dormitoryId: string, overrides: Record<string, unknown> = {}, token = manager) =>
    t
      .http()
      .post('/dormitory-clearances')
      .set('authorization', token)
      .send({
        dormitoryId,
        occupantName: '王大明',
        noticeOn: '2026-03-02',
        noticeDocumentNumber: '高市府秘總字第11530012300號',
        deadlineOn: '2026-06-30',
        ...overrides,
      });
  const step = (clearance: Body, body: Record<string, unknown>) =>
    t
      .http()
      .post(`/dormitory-clearances/${clearance.id}/steps`)
      .set('authorization', manager)
      .send({ version: clearance.version, ...body });

  it('walks notice → handover → demolition → land return in order, marks the register and audits each step', async () => {
    const dormitory = await family();
    let clearance = (await startClearance(dormitory.id).expect(201)).body as Body;
    expect(clearance).toMatchObject({ status: 'noticed', nextStep: 'handover' });

    const early = await step(clearance, { step: 'demolition', on: '2026-07-01' }).expect(422);
    expect(early.body).toMatchObject({
      code: 'dormitory_clearance.step_out_of_order',
      details: { fields: [{ field: 'step', params: { step: 'demolition', expected: 'handover' } }] },
    });
    const backdated = await step(clearance, { step: 'handover', on: '2026-03-01' }).expect(422);
    expect(backdated.body.details.fields).toEqual([
      expect.objectContaining({ field: 'on', code: 'dormitory_clearance.step_before_previous' }),
    ]);

    clearance = (await step(clearance, { step: 'handover', on: '2026-05-20' }).expect(201)).body;
    clearance = (await step(clearance, { step: 'demolition', on: '2026-08-10' }).expect(201)).body;
    const noDocument = await step(clearance, { step: 'land_return', on: '2026-09-01' }).expect(422);
    expect(noDocument.body.details.fields[0]).toMatchObject({ field: 'documentNumber' });
    clearance = (
      await step(clearance, {
        step: 'land_return',
        on: '2026-09-01',
        documentNumber: '高市財產字第11530099900號',
      }).expect(201)
    ).body;
    expect(clearance).toMatchObject({
      status: 'land_returned',
      nextStep: null,
      handedOverOn: '2026-05-20',
      demolishedOn: '2026-08-10',
      landReturnedOn: '2026-09-01',
    });
    const after = await step(clearance, { step: 'land_return', on: '2026-09-02', documentNumber: 'x' }).expect(422);
    expect(after.body.details.fields[0]).toMatchObject({ field: 'step', params: { expected: null } });

    const register = await t.sql<{ status: string; removed_on: string }>(
      "SELECT status, to_char(removed_on, 'YYYY-MM-DD') AS removed_on FROM dormitories WHERE id = $1",
      [dormitory.id],
    );
    expect(register).toEqual([{ status: 'handed_over', removed_on: '2026-08-10' }]);
    const audit = await t.sql<{ action: string }>('SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY id', [
      clearance.id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['create', 'handover', 'demolition', 'land_return']);
  });

  it('refuses a second clearance, a staff dormitory and a deadline before the notice, each naming its field', async () => {
    const dormitory = await family();
    await startClearance(dormitory.id).expect(201);
    const twice = await startClearance(dormitory.id).expect(409);
    expect(twice.body.details.fields[0]).toMatchObject({ field: 'dormitoryId', code: 'dormitory_clearance.exists' });
    const staff = await createDormitory(t);
    const notFamily = await startClearance(staff.id).expect(422);
    expect(notFamily.body.details.fields[0]).toMatchObject({ field: 'dormitoryId' });
    const other = await family();
    const deadline = await startClearance(other.id, { deadlineOn: '2026-01-01' }).expect(422);
    expect(deadline.body.details.fields[0]).toMatchObject({
      field: 'deadlineOn',
      code: 'dormitories.clearance_deadline_before_notice',
    });
    for (const code of [
      'dormitory_clearance.exists',
      'dormitory_clearance.step_out_of_order',
      'dormitory_clearance.step_before_previous',
      'dormitories.loan_overlap',
      'dormitory_lawsuit.case_number_taken',
    ]) {
      expect(domainErrorMessages[code]).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('the database refuses an out-of-order step even when the service is bypassed', async () => {
    const dormitory = await family();
    const clearance = (await startClearance(dormitory.id).expect(201)).body as Body;
    await expect(
      t.sql("UPDATE dormitory_clearances SET status = 'demolished', demolished_on = '2026-04-01' WHERE id = $1", [
        clearance.id,
      ]),
    ).rejects.toMatchObject({ constraint: 'ck_dormitory_clearances_steps_recorded' });
  });

  it('refuses overlapping loans of one property with 409 naming startsOn, and lets the next term through', async () => {
    const dormitory = await family();
    const lend = (startsOn: string, endsOn: string) =>
      t.http().post('/dormitory-loans').set('authorization', manager).send({
        dormitoryId: dormitory.id,
        propertyKind: 'land',
        borrowerAgency: '苓雅區公所',
        purpose: '綠美化',
        startsOn,
        endsOn,
      });
    await lend('2026-01-01', '2026-12-31').expect(201);
    const overlap = await lend('2026-12-31', '2027-06-30').expect(409);
    expect(overlap.body).toMatchObject({
      code: 'dormitories.loan_overlap',
      details: { constraint: 'ex_dormitory_loans_term', fields: [{ field: 'startsOn' }] },
    });
    await lend('2027-01-01', '2027-06-30').expect(201);
    const backwards = await lend('2028-02-01', '2028-01-01').expect(422);
    expect(backwards.body.details.fields[0]).toMatchObject({ field: 'endsOn' });
    const list = await t.http().get('/dormitory-loans').set('authorization', manager).expect(200);
    expect(list.body.items.filter((loan: { dormitoryId: string }) => loan.dormitoryId === dormitory.id)).toHaveLength(
      2,
    );
  });

  it('keeps a case number unique per court, records hearings at the current stage and closes with an outcome', async () => {
    const dormitory = await family();
    const sue = (court: string) =>
      t.http().post('/dormitory-lawsuits').set('authorization', manager).send({
        dormitoryId: dormitory.id,
        caseNumber: '115年度訴字第123號',
        court,
        defendantName: '陳小華',
        filedOn: '2026-02-10',
      });
    const lawsuit = (await sue('臺灣高雄地方法院').expect(201)).body as Body;
    const duplicate = await sue('臺灣高雄地方法院').expect(409);
    expect(duplicate.body.details.fields[0]).toMatchObject({
      field: 'caseNumber',
      code: 'dormitory_lawsuit.case_number_taken',
    });
    await sue('臺灣橋頭地方法院').expect(201);

    const hearing = (heldOn: string) =>
      t.http().post(`/dormitory-lawsuits/${lawsuit.id}/hearings`).set('authorization', manager).send({ heldOn });
    const tooEarly = await hearing('2026-01-01').expect(422);
    expect(tooEarly.body.details.fields[0]).toMatchObject({ field: 'heldOn' });
    await hearing('2026-04-15').expect(201);
    const moved = await t
      .http()
      .patch(`/dormitory-lawsuits/${lawsuit.id}`)
      .set('authorization', manager)
      .send({ version: lawsuit.version, stage: 'second_instance' })
      .expect(200);
    const detail = (await hearing('2026-09-01').expect(201)).body;
    expect(detail.hearings.map((h: { stage: string }) => h.stage)).toEqual(['first_instance', 'second_instance']);
    const noOutcome = await t
      .http()
      .patch(`/dormitory-lawsuits/${lawsuit.id}`)
      .set('authorization', manager)
      .send({ version: moved.body.version, closedOn: '2026-10-30' })
      .expect(422);
    expect(noOutcome.body.details.fields[0]).toMatchObject({ field: 'closedOn' });
    const closed = await t
      .http()
      .patch(`/dormitory-lawsuits/${lawsuit.id}`)
      .set('authorization', manager)
      .send({ version: moved.body.version, closedOn: '2026-10-30', outcome: '被告應遷讓返還房屋' })
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: '被告應遷讓返還房屋' });

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
    const document = await t
      .http()
      .post(`/dormitory-lawsuits/${lawsuit.id}/documents`)
      .set('authorization', manager)
      .send({ fileName: '判決書.pdf', contentType: 'application/pdf', dataBase64: pdf })
      .expect(201);
    const file = await t
      .http()
      .get(`/dormitory-lawsuit-documents/${document.body.id}`)
      .set('authorization', manager)
      .expect(200);
    expect(file.headers['content-type']).toContain('application/pdf');
  });

  // Dated after the figures test's year, so that its counts stay its own.
  it('lists clearances, lawsuits and loans as keyset pages, latest first, without skipping or repeating a row', async () => {
    for (const noticeOn of ['2029-01-05', '2029-02-05', '2029-02-05'])
      await startClearance((await family()).id, { noticeOn, deadlineOn: '2029-12-31' }).expect(201);
    const lawsuit = { court: '臺灣高雄地方法院', stage: 'first_instance', defendantName: '李小華' };
    for (const [index, filedOn] of ['2029-03-01', '2029-04-01', '2029-04-01'].entries())
      await t
        .http()
        .post('/dormitory-lawsuits')
        .set('authorization', manager)
        .send({ ...lawsuit, dormitoryId: (await family()).id, caseNumber: `118年度訴字第${900 + index}號`, filedOn })
        .expect(201);
    const loan = { propertyKind: 'house', borrowerAgency: '前鎮區公所', purpose: '倉儲' };
    for (const startsOn of ['2029-05-01', '2029-06-01', '2029-06-01'])
      await t
        .http()
        .post('/dormitory-loans')
        .set('authorization', manager)
        .send({ ...loan, dormitoryId: (await family()).id, startsOn, endsOn: '2029-12-31' })
        .expect(201);

    const listed = [
      ['/dormitory-clearances', 'noticeOn'],
      ['/dormitory-lawsuits', 'filedOn'],
      ['/dormitory-loans', 'startsOn'],
    ] as const;
    for (const [path, dateKey] of listed) {
      const whole = (await t.http().get(path).query({ limit: 200 }).set('authorization', manager).expect(200)).body;
      expect(whole.nextCursor).toBeNull();
      expect(whole.items.length).toBeGreaterThanOrEqual(3);
      const dates = whole.items.map((row: Record<string, string>) => row[dateKey]);
      expect(dates).toEqual([...dates].sort().reverse());
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await t.http().get(path).query({ limit: 2, cursor }).set('authorization', manager).expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        walked.push(...page.body.items.map((row: { id: string }) => row.id));
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      expect(walked).toEqual(whole.items.map((row: { id: string }) => row.id));
    }
  });

  it('lets only the dormitory manager write, and only for their own agency', async () => {
    const dormitory = await family();
    const requester = await bearer(t, 'requester');
    await startClearance(dormitory.id, {}, requester).expect(403);
    await t.http().get('/dormitory-lawsuits').set('authorization', requester).expect(403);
    const reader = await bearer(t, 'reports');
    await startClearance(dormitory.id, {}, reader).expect(403);
    const other = await createOtherAgencyUser(t, ['dormitory_manager']);
    const otherManager = await bearer(t, other.username);
    await startClearance(dormitory.id, {}, otherManager).expect(404);
    const mine = (await startClearance(dormitory.id).expect(201)).body as Body;
    await t.http().get(`/dormitory-clearances/${mine.id}`).set('authorization', otherManager).expect(404);
    const theirList = await t.http().get('/dormitory-clearances').set('authorization', otherManager).expect(200);
    expect(theirList.body).toEqual({ items: [], nextCursor: null });
    const all = await t.http().get('/dormitory-clearances').set('authorization', reader).expect(200);
    expect(all.body.items.map((row: { id: string }) => row.id)).toContain(mine.id);
  });
  it('counts clearances, lawsuits and loans into the figures of a year, with their report sentences', async () => {
    const post = (path: string, body: Record<string, unknown>) =>
      t.http().post(path).set('authorization', manager).send(body).expect(201);
    const done = (await startClearance((await family()).id, { noticeOn: '2025-01-10', deadlineOn: '2025-01-31' }))
      .body as Body;
    let version = (await step(done, { step: 'handover', on: '2025-02-01' })).body.version;
    version = (await step({ ...done, version }, { step: 'demolition', on: '2025-03-01' })).body.version;
    await step({ ...done, version }, { step: 'land_return', on: '2025-04-01', documentNumber: '財產字第1號' }).expect(
      201,
    );
    await startClearance((await family()).id, { noticeOn: '2025-06-01', deadlineOn: '2025-09-30' }).expect(201);
    const sued = await family();
    const lawsuit = (
      await post('/dormitory-lawsuits', {
        dormitoryId: sued.id,
        caseNumber: '114年度訴字第7號',
        court: '臺灣高雄地方法院',
        defendantName: '林一',
        filedOn: '2025-01-05',
      })
    ).body as Body;
    await t
      .http()
      .patch(`/dormitory-lawsuits/${lawsuit.id}`)
      .set('authorization', manager)
      .send({ version: lawsuit.version, closedOn: '2025-11-01', outcome: '和解遷讓' })
      .expect(200);
    await post('/dormitory-lawsuits', {
      dormitoryId: sued.id,
      caseNumber: '114年度訴字第8號',
      court: '臺灣高雄地方法院',
      defendantName: '林二',
      filedOn: '2025-05-01',
    });
    const lent = await family();
    const loan = { dormitoryId: lent.id, propertyKind: 'land', borrowerAgency: '鳳山分局', purpose: '停車' };
    await post('/dormitory-loans', { ...loan, startsOn: '2025-01-01', endsOn: '2025-06-30' });
    await post('/dormitory-loans', { ...loan, startsOn: '2025-07-01', endsOn: '2026-06-30' });

    const figures = await t
      .http()
      .get('/dormitory-figures?from=2025-01-01&to=2025-12-31')
      .set('authorization', manager)
      .expect(200);
    expect(figures.body).toMatchObject({
      clearancesCompleted: 1,
      clearancesUnderWay: 1,
      lawsuitsClosed: 1,
      lawsuitsOpen: 1,
      propertiesOnLoan: 1,
    });
    const report = await t
      .http()
      .get('/figures?rocYear=114')
      .auth(await t.login('reports'), { type: 'bearer' });
    const sentences = (report.body.sections as { figures: { key: string; sentence: string }[] }[])
      .flatMap((section) => section.figures)
      .filter((figure) => figure.key.startsWith('dormitories.'))
      .map((figure) => figure.sentence);
    expect(sentences).toEqual(
      expect.arrayContaining([
        '114年度完成眷舍騰空並將土地移交財政局計1間',
        '114年度收回眷舍訴訟結案計1件',
        '114年度末眷舍空地或房舍出借區公所、警察機關等計1處',
      ]),
    );
  });
});
