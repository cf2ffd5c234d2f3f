import { rocYearOf, rocYearRange } from '../../src/common/time';
import { JobsService } from '../../src/jobs/jobs.service';
import { MaintenanceFiguresProvider } from '../../src/maintenance/maintenance-figures.provider';
import { ObligationScheduleJob } from '../../src/maintenance/obligations/jobs/obligation-schedule.job';
import { ObligationFiguresService } from '../../src/maintenance/obligations/obligation-figures.service';
import { startTestApp, TestApp } from '../support/test-app';
import { maintenanceHelpers } from './maintenance-support';

const JOB = 'maintenance.obligation-schedule';
const PDF = Buffer.from('%PDF-1.4\n% 檢驗合格證明\n').toString('base64');

/** 09:00 in Taipei on the day. */
const taipeiMorning = (isoDate: string) => new Date(`${isoDate}T09:00:00+08:00`);

describe('maintenance statutory obligations', () => {
  let t: TestApp;
  let h: ReturnType<typeof maintenanceHelpers>;
  let job: ObligationScheduleJob;
  let siwei: string;
  let fengshan: string;
  let fengshanFront: string;

  beforeAll(async () => {
    t = await startTestApp();
    h = maintenanceHelpers(t);
    job = t.app.get(ObligationScheduleJob);
    const nodes = await t.sql<{ id: string; code: string; kind: string }>(
      "SELECT id, code, kind FROM locations WHERE kind IN ('site', 'building')",
    );
    siwei = nodes.find((node) => node.code === 'SW')!.id;
    fengshan = nodes.find((node) => node.code === 'FS')!.id;
    fengshanFront = nodes.find((node) => node.code === 'FRONT')!.id;
  });
  afterAll(() => t.close());

  async function register(fields: Record<string, unknown> = {}) {
    const response = await t
      .http()
      .post('/maintenance/obligations')
      .set(await h.as('coordinator'))
      .send({
        kind: 'electrical_inspection',
        title: '高低壓電氣設備定期檢驗',
        tradeCode: 'plumbing_electrical',
        locationId: siwei,
        intervalMonths: 12,
        nextDueDate: '2025-06-30',
        leadTimeDays: 30,
        advanceFrom: 'due_date',
        vendorName: '台灣電機檢驗公司',
        ...fields,
      });
    if (response.status !== 201)
      throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; nextDueDate: string; version: number };
  }

  const occurrencesOf = (obligationId: string) =>
    t.sql<{ id: string; due_date: string; status: string; ticket_id: string | null; version: number }>(
      "SELECT id, to_char(due_date, 'YYYY-MM-DD') AS due_date, status, ticket_id, version FROM maintenance_obligation_occurrences WHERE obligation_id = $1 ORDER BY due_date",
      [obligationId],
    );

  async function pendingOf(obligationId: string) {
    return (await occurrencesOf(obligationId)).find((occurrence) => occurrence.status !== 'completed')!;
  }

  async function uploadCertificate(occurrenceId: string) {
    const response = await t
      .http()
      .post(`/maintenance/obligation-occurrences/${occurrenceId}/attachments`)
      .set(await h.as('coordinator'))
      .send({ fileName: '檢驗報告.pdf', contentType: 'application/pdf', dataBase64: PDF })
      .expect(201);
    return response.body.id as string;
  }

  /** Completes as the coordinator with the current version and expects `status`. */
  async function complete(occurrenceId: string, fields: Record<string, unknown>, status: number) {
    const [row] = await t.sql<{ version: number }>(
      'SELECT version FROM maintenance_obligation_occurrences WHERE id = $1',
      [occurrenceId],
    );
    return t
      .http()
      .post(`/maintenance/obligation-occurrences/${occurrenceId}/complete`)
      .set(await h.as('coordinator'))
      .send({ version: row.version, result: 'passed', ...fields })
      .expect(status);
  }

  it('lets coordinators keep the register, report viewers read it, and nobody else in', async () => {
    const obligation = await register({
      kind: 'other',
      otherKindName: '避雷設備檢測',
      title: '避雷針接地電阻檢測',
      locationId: fengshanFront,
    });
    expect(obligation).toMatchObject({
      kindLabel: '避雷設備檢測',
      siteId: fengshan,
      buildingId: fengshanFront,
      nextDueDate: '2025-06-30',
      active: true,
    });
    expect(await occurrencesOf(obligation.id)).toEqual([
      expect.objectContaining({ due_date: '2025-06-30', status: 'upcoming', ticket_id: null }),
    ]);
    const audit = await t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'maintenance_obligation' AND entity_id = $1",
      [obligation.id],
    );
    expect(audit).toEqual([{ action: 'create' }]);

    await t
      .http()
      .get(`/maintenance/obligations/${obligation.id}`)
      .set(await h.as('reports'))
      .expect(200);
    await t
      .http()
      .get('/maintenance/obligations')
      .set(await h.as('requester'))
      .expect(403);
    await t
      .http()
      .get('/maintenance/obligation-occurrences')
      .set(await h.as('technician'))
      .expect(403);
    await t
      .http()
      .post('/maintenance/obligations')
      .set(await h.as('reports'))
      .send({})
      .expect(403);
    await t
      .http()
      .post('/maintenance/obligations')
      .set(await h.as('requester'))
      .send({})
      .expect(403);

    const updated = await t
      .http()
      .patch(`/maintenance/obligations/${obligation.id}`)
      .set(await h.as('coordinator'))
      .send({ version: 1, nextDueDate: '2025-07-15', leadTimeDays: 14 })
      .expect(200);
    expect(updated.body).toMatchObject({ nextDueDate: '2025-07-15', leadTimeDays: 14, version: 2 });
    expect((await occurrencesOf(obligation.id)).map((occurrence) => occurrence.due_date)).toEqual(['2025-07-15']);
    await t
      .http()
      .patch(`/maintenance/obligations/${obligation.id}`)
      .set(await h.as('coordinator'))
      .send({ version: 1, leadTimeDays: 7 })
      .expect(409);
  });

  it('refuses bad input with 400s and broken rules with 422s', async () => {
    const coordinator = await h.as('coordinator');
    const valid = {
      kind: 'fire_drill',
      title: '自衛消防編組訓練',
      tradeCode: 'fire_safety',
      locationId: siwei,
      intervalMonths: 6,
      nextDueDate: '2025-06-30',
      leadTimeDays: 14,
      advanceFrom: 'due_date',
    };
    const bad = [
      { kind: 'party' },
      { intervalMonths: 0 },
      { intervalMonths: 121 },
      { leadTimeDays: -1 },
      { nextDueDate: '2025-02-30' },
      { nextDueDate: '114/06/30' },
      { advanceFrom: 'whenever' },
      { locationId: 'SW' },
      { surprise: 1 },
    ];
    for (const fields of bad) {
      const response = await t
        .http()
        .post('/maintenance/obligations')
        .set(coordinator)
        .send({ ...valid, ...fields });
      expect({ fields, status: response.status }).toEqual({ fields, status: 400 });
    }
    const floor = await t.sql<{ id: string }>("SELECT id FROM locations WHERE kind = 'floor' LIMIT 1");
    const onFloor = await t
      .http()
      .post('/maintenance/obligations')
      .set(coordinator)
      .send({ ...valid, locationId: floor[0].id })
      .expect(422);
    expect(onFloor.body.code).toBe('maintenance_obligation.location_kind');
    await t
      .http()
      .post('/maintenance/obligations')
      .set(coordinator)
      .send({ ...valid, kind: 'other' })
      .expect(422);
    await t
      .http()
      .post('/maintenance/obligations')
      .set(coordinator)
      .send({ ...valid, otherKindName: '多餘' })
      .expect(422);
    await t
      .http()
      .post('/maintenance/obligations')
      .set(coordinator)
      .send({ ...valid, tradeCode: 'no_such_trade' })
      .expect(404);
    expect(await t.sql("SELECT id FROM maintenance_obligations WHERE kind = 'fire_drill'")).toHaveLength(0);
  });

  it('opens the work order lead-time days ahead, once, however often and however concurrently the job runs', async () => {
    const obligation = await register({ nextDueDate: '2025-03-31', leadTimeDays: 10 });
    const { id } = await pendingOf(obligation.id);
    await job.run(taipeiMorning('2025-03-20'));
    expect((await pendingOf(obligation.id)).ticket_id).toBeNull();

    const outcomes = await Promise.all([
      job.run(taipeiMorning('2025-03-21')),
      job.run(taipeiMorning('2025-03-21')),
      job.run(taipeiMorning('2025-03-22')),
    ]);
    expect(outcomes.reduce((sum, outcome) => sum + Number(outcome.workOrdersOpened), 0)).toBeGreaterThanOrEqual(1);
    const tickets = await t.sql<{
      id: string;
      status: string;
      trade_code: string;
      requester_user_id: string;
      site_id: string;
      title: string;
    }>(
      "SELECT id, status, trade_code, requester_user_id, site_id, title FROM maintenance_tickets WHERE source_module = 'maintenance_obligation_occurrence' AND source_id = $1",
      [id],
    );
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({
      status: 'submitted',
      trade_code: 'plumbing_electrical',
      requester_user_id: await h.userId('coordinator'),
      site_id: siwei,
    });
    expect(await pendingOf(obligation.id)).toMatchObject({ id, status: 'open', ticket_id: tickets[0].id });
    // The database itself refuses a second occurrence for the same due date or a second pending one.
    const insert = (dueDate: string) =>
      t.sql(
        "INSERT INTO maintenance_obligation_occurrences (obligation_id, due_date, status, version) VALUES ($1, $2, 'upcoming', 1)",
        [obligation.id, dueDate],
      );
    await expect(insert('2025-03-31')).rejects.toMatchObject({
      code: '23505',
      constraint: 'uq_maintenance_obligation_occurrences_obligation_due_date',
    });
    await expect(insert('2026-03-31')).rejects.toMatchObject({
      code: '23505',
      constraint: 'uq_maintenance_obligation_occurrences_pending',
    });

    // The hand-run of the scheduler for a later day and the API's manual run leave it alone too.
    const byHand = await t.app.get(JobsService).runForPeriod(JOB, taipeiMorning('2025-03-25'), 'manual');
    expect(byHand).toMatchObject({ ran: true, run: { status: 'succeeded' } });
    expect((await t.app.get(JobsService).runForPeriod(JOB, taipeiMorning('2025-03-25'), 'manual')).ran).toBe(false);
    await t
      .http()
      .post(`/jobs/${JOB}/run`)
      .set(await h.as('admin'))
      .send({ at: '2025-03-26T01:00:00Z' })
      .expect(200);
    expect(await t.sql('SELECT id FROM maintenance_tickets WHERE source_id = $1', [id])).toHaveLength(1);
    const history = await t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'maintenance_obligation_occurrence' AND entity_id = $1 ORDER BY occurred_at",
      [id],
    );
    expect(history.map((entry) => entry.action)).toEqual(['create', 'open_work_order']);
  });

  it('marks a past-due occurrence overdue and lists it among the overdue of its center', async () => {
    const obligation = await register({
      kind: 'elevator_maintenance',
      title: '電梯定期保養',
      tradeCode: 'elevator',
      locationId: fengshan,
      intervalMonths: 1,
      nextDueDate: '2025-04-10',
      leadTimeDays: 5,
    });
    await job.run(taipeiMorning('2025-04-05'));
    expect(await pendingOf(obligation.id)).toMatchObject({ status: 'open' });
    await job.run(taipeiMorning('2025-04-10'));
    expect(await pendingOf(obligation.id)).toMatchObject({ status: 'open' });
    const result = await job.run(taipeiMorning('2025-04-11'));
    expect(result.markedOverdue).toBeGreaterThanOrEqual(1);
    const overdue = await pendingOf(obligation.id);
    expect(overdue.status).toBe('overdue');
    await job.run(taipeiMorning('2025-04-12'));
    expect((await pendingOf(obligation.id)).version).toBe(overdue.version);

    const list = await t
      .http()
      .get('/maintenance/obligation-occurrences')
      .query({ status: 'overdue', siteId: fengshan })
      .set(await h.as('reports'))
      .expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(overdue.id);
    const elsewhere = await t
      .http()
      .get('/maintenance/obligation-occurrences')
      .query({ status: 'overdue', siteId: siwei })
      .set(await h.as('reports'))
      .expect(200);
    expect(elsewhere.body.items.map((item: { id: string }) => item.id)).not.toContain(overdue.id);
  });

  it('refuses to complete without a certificate of the occurrence, and stores no refused upload', async () => {
    const obligation = await register({
      kind: 'public_safety_filing',
      title: '建築物公共安全檢查申報',
      tradeCode: 'civil',
      nextDueDate: '2025-05-31',
    });
    const pending = await pendingOf(obligation.id);
    const without = await complete(pending.id, { completedOn: '2025-05-20' }, 422);
    expect(without.body.code).toBe('maintenance_obligation.certificate_required');

    const other = await register({
      kind: 'insurance_renewal',
      title: '火災及公共意外保險續保',
      tradeCode: 'civil',
      nextDueDate: '2025-05-31',
    });
    const foreign = await uploadCertificate((await pendingOf(other.id)).id);
    await complete(pending.id, { completedOn: '2025-05-20', certificateAttachmentId: foreign }, 422);

    const coordinator = await h.as('coordinator');
    const upload = (fields: Record<string, unknown>) =>
      t
        .http()
        .post(`/maintenance/obligation-occurrences/${pending.id}/attachments`)
        .set(coordinator)
        .send({ fileName: 'a.pdf', contentType: 'application/pdf', dataBase64: PDF, ...fields });
    expect((await upload({ contentType: 'text/plain' })).status).toBe(400);
    expect((await upload({ dataBase64: Buffer.from('not a pdf').toString('base64') })).status).toBe(400);
    await t
      .http()
      .post(`/maintenance/obligation-occurrences/${pending.id}/attachments`)
      .set(await h.as('requester'))
      .send({ fileName: 'a.pdf', contentType: 'application/pdf', dataBase64: PDF })
      .expect(403);
    expect(
      await t.sql('SELECT id FROM maintenance_obligation_attachments WHERE occurrence_id = $1', [pending.id]),
    ).toHaveLength(0);
    expect(await pendingOf(obligation.id)).toMatchObject({ id: pending.id, status: 'upcoming' });
  });

  it('completes with a certificate and advances from the due date, keeping the month end', async () => {
    const obligation = await register({ intervalMonths: 1, nextDueDate: '2025-01-31', leadTimeDays: 0 });
    const january = await pendingOf(obligation.id);
    const certificate = await uploadCertificate(january.id);
    const download = await t
      .http()
      .get(`/maintenance/obligation-occurrences/${january.id}/attachments/${certificate}`)
      .set(await h.as('reports'))
      .expect(200);
    expect(download.headers['content-type']).toContain('application/pdf');

    const done = await complete(january.id, { completedOn: '2025-02-10', certificateAttachmentId: certificate }, 200);
    expect(done.body).toMatchObject({
      status: 'completed',
      completedOn: '2025-02-10',
      result: 'passed',
      findings: [],
      next: { dueDate: '2025-02-28', status: 'upcoming' },
    });
    await complete(january.id, { completedOn: '2025-02-10', certificateAttachmentId: certificate }, 409);

    const february = await pendingOf(obligation.id);
    await complete(
      february.id,
      { completedOn: '2025-03-03', certificateAttachmentId: await uploadCertificate(february.id) },
      200,
    );
    expect((await occurrencesOf(obligation.id)).map(({ due_date, status }) => [due_date, status])).toEqual([
      ['2025-01-31', 'completed'],
      ['2025-02-28', 'completed'],
      ['2025-03-31', 'upcoming'],
    ]);
    const [row] = await t.sql<{ next_due_date: string }>(
      "SELECT to_char(next_due_date, 'YYYY-MM-DD') AS next_due_date FROM maintenance_obligations WHERE id = $1",
      [obligation.id],
    );
    expect(row.next_due_date).toBe('2025-03-31');
  });

  it('closes the work order in the same transaction as the completion, whatever state it was in', async () => {
    const obligation = await register({ nextDueDate: '2025-04-30', leadTimeDays: 10 });
    await job.run(taipeiMorning('2025-04-21'));
    const pending = await pendingOf(obligation.id);
    expect(pending.ticket_id).not.toBeNull();
    await h.moveOk('coordinator', pending.ticket_id!, 'assign', { vendorName: '台灣電機檢驗公司' });

    await complete(
      pending.id,
      { completedOn: '2025-04-25', certificateAttachmentId: await uploadCertificate(pending.id) },
      200,
    );
    const [ticket] = await t.sql<{
      status: string;
      resolved_at: Date | null;
      closed_at: Date | null;
      resolution_note: string;
    }>('SELECT status, resolved_at, closed_at, resolution_note FROM maintenance_tickets WHERE id = $1', [
      pending.ticket_id,
    ]);
    expect(ticket).toMatchObject({ status: 'closed', resolved_at: expect.any(Date), closed_at: expect.any(Date) });
    expect(ticket.resolution_note).toContain('2025-04-25');
    const history = await t.sql<{ action: string; from_status: string }>(
      'SELECT action, from_status FROM maintenance_ticket_status_changes WHERE ticket_id = $1 ORDER BY id',
      [pending.ticket_id],
    );
    expect(history.map(({ action }) => action)).toEqual(['submit', 'assign', 'complete_work_order']);
    const audit = await t.sql(
      "SELECT 1 FROM audit_entries WHERE entity_type = 'maintenance_ticket' AND entity_id = $1 AND action = 'complete_work_order'",
      [pending.ticket_id],
    );
    expect(audit).toHaveLength(1);
  });

  it('advances from the completion date when the obligation says so, and catches a stale version', async () => {
    const obligation = await register({
      kind: 'fire_safety_inspection',
      title: '消防設備安全檢查',
      tradeCode: 'fire_safety',
      intervalMonths: 12,
      nextDueDate: '2024-03-31',
      advanceFrom: 'completion_date',
    });
    const pending = await pendingOf(obligation.id);
    const certificate = await uploadCertificate(pending.id);
    await t
      .http()
      .post(`/maintenance/obligation-occurrences/${pending.id}/complete`)
      .set(await h.as('coordinator'))
      .send({
        version: pending.version + 1,
        completedOn: '2024-02-29',
        result: 'passed',
        certificateAttachmentId: certificate,
      })
      .expect(409);
    const done = await complete(pending.id, { completedOn: '2024-02-29', certificateAttachmentId: certificate }, 200);
    expect(done.body.next).toMatchObject({ dueDate: '2025-02-28' });
    const next = await pendingOf(obligation.id);
    const future = await complete(
      next.id,
      { completedOn: '2099-01-01', certificateAttachmentId: await uploadCertificate(next.id) },
      422,
    );
    expect(future.body.code).toBe('maintenance_obligation.completed_in_future');
  });

  it('opens one corrective ticket per failed item, linked to the occurrence, in the same use case', async () => {
    const obligation = await register({
      kind: 'fire_safety_inspection',
      title: '消防設備安全檢查及改善',
      tradeCode: 'fire_safety',
      nextDueDate: '2025-08-31',
    });
    const pending = await pendingOf(obligation.id);
    const certificate = await uploadCertificate(pending.id);
    await complete(
      pending.id,
      { completedOn: '2025-08-20', certificateAttachmentId: certificate, result: 'failed' },
      422,
    );
    await complete(
      pending.id,
      { completedOn: '2025-08-20', certificateAttachmentId: certificate, failedItems: ['B1 緊急照明燈不亮'] },
      422,
    );
    await complete(
      pending.id,
      { completedOn: '2025-08-20', certificateAttachmentId: certificate, result: 'failed', failedItems: [''] },
      400,
    );

    const items = ['B1 緊急照明燈不亮', '3樓滅火器壓力不足'];
    const done = await complete(
      pending.id,
      { completedOn: '2025-08-20', certificateAttachmentId: certificate, result: 'failed', failedItems: items },
      200,
    );
    expect(done.body.findings.map((finding: { item: string }) => finding.item)).toEqual(items);
    const tickets = await t.sql<{ id: string; trade_code: string; priority: string; title: string }>(
      "SELECT id, trade_code, priority, title FROM maintenance_tickets WHERE source_module = 'maintenance_obligation_occurrence' AND source_id = $1 ORDER BY title",
      [pending.id],
    );
    expect(tickets).toHaveLength(2);
    expect(tickets.every((ticket) => ticket.trade_code === 'fire_safety' && ticket.priority === 'high')).toBe(true);
    const findings = await t.sql<{ ticket_id: string }>(
      'SELECT ticket_id FROM maintenance_obligation_findings WHERE occurrence_id = $1',
      [pending.id],
    );
    expect(findings.map((finding) => finding.ticket_id).sort()).toEqual(tickets.map((ticket) => ticket.id).sort());
    const coordinatorView = await t
      .http()
      .get(`/maintenance/tickets/${tickets[0].id}`)
      .set(await h.as('coordinator'))
      .expect(200);
    expect(coordinatorView.body).toMatchObject({
      sourceModule: 'maintenance_obligation_occurrence',
      sourceId: pending.id,
    });
  });

  it('pages through the register per center and counts inspections and fire drills for the yearly figures', async () => {
    const coordinator = await h.as('coordinator');
    const drillsHeld = async (locationId: string, dates: string[]) => {
      const drill = await register({
        kind: 'fire_drill',
        title: '自衛消防編組訓練',
        tradeCode: 'fire_safety',
        locationId,
        intervalMonths: 6,
        nextDueDate: '2023-06-30',
        leadTimeDays: 14,
      });
      for (const completedOn of dates) {
        const pending = await pendingOf(drill.id);
        await complete(pending.id, { completedOn, certificateAttachmentId: await uploadCertificate(pending.id) }, 200);
      }
      return drill;
    };
    const drill = await drillsHeld(fengshan, ['2023-06-20', '2023-12-15']);
    const inspection = await register({ locationId: fengshan, nextDueDate: '2023-09-30' });
    const pending = await pendingOf(inspection.id);
    await complete(
      pending.id,
      { completedOn: '2023-09-01', certificateAttachmentId: await uploadCertificate(pending.id) },
      200,
    );

    const figures = await t.app.get(ObligationFiguresService).figuresFor(rocYearRange(112));
    expect(figures).toMatchObject({
      statutoryInspectionsCompleted: 1,
      fireDrillsHeld: 2,
      fireDrillsBySite: { [fengshan]: 2 },
      completedByKind: { fire_drill: 2, electrical_inspection: 1 },
    });
    await drillsHeld(siwei, ['2023-06-21', '2023-12-01']);
    const counted = await t.app.get(MaintenanceFiguresProvider).figuresFor(rocYearRange(112));
    expect(counted.filter((figure) => figure.key.startsWith('maintenance.fire_drills.'))).toEqual([
      expect.objectContaining({ key: 'maintenance.fire_drills.SW', value: 2, params: { center: '四維行政中心' } }),
      expect.objectContaining({ key: 'maintenance.fire_drills.FS', value: 2, params: { center: '鳳山行政中心' } }),
    ]);
    const report = await t
      .http()
      .get('/figures?rocYear=112')
      .set(await h.as('reports'))
      .expect(200);
    const sentences = report.body.sections.flatMap((section: { figures: { sentence: string }[] }) =>
      section.figures.map((figure) => figure.sentence),
    );
    expect(sentences).toContain('辦理四維、鳳山行政中心辦公大樓場域112年度自衛消防編組訓練各2次');

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t
        .http()
        .get('/maintenance/obligations')
        .query({ siteId: fengshan, limit: 1, ...(cursor ? { cursor } : {}) })
        .set(coordinator)
        .expect(200);
      seen.push(...page.body.items.map((item: { nextDueDate: string }) => item.nextDueDate));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    const expected = await t.sql<{ d: string }>(
      "SELECT to_char(next_due_date, 'YYYY-MM-DD') AS d FROM maintenance_obligations WHERE site_id = $1 AND active ORDER BY next_due_date, id",
      [fengshan],
    );
    expect(seen).toEqual(expected.map((row) => row.d));
    expect(seen.length).toBeGreaterThanOrEqual(3);

    const window = await t
      .http()
      .get('/maintenance/obligations')
      .query({ dueFrom: '2024-01-01', dueTo: '2024-06-30', siteId: fengshan })
      .set(coordinator)
      .expect(200);
    expect(window.body.items.map((item: { id: string }) => item.id)).toEqual([drill.id]);
  });

  it("counts the work orders it opens apart from the agencies' requests received (受理案件)", async () => {
    const provider = t.app.get(MaintenanceFiguresProvider);
    const thisYear = rocYearRange(rocYearOf(new Date()));
    const valuesNow = async () =>
      Object.fromEntries((await provider.figuresFor(thisYear)).map((figure) => [figure.key, figure.value]));
    const before = await valuesNow();
    await h.file('requester');
    const obligation = await register({ nextDueDate: '2025-03-31' });
    const pending = await pendingOf(obligation.id);
    await complete(
      pending.id,
      {
        completedOn: '2025-03-20',
        certificateAttachmentId: await uploadCertificate(pending.id),
        result: 'failed',
        failedItems: ['高壓盤絕緣不良'],
      },
      200,
    );
    const after = await valuesNow();
    expect(after['maintenance.received'] - before['maintenance.received']).toBe(1);
    expect(after['maintenance.work_orders'] - before['maintenance.work_orders']).toBe(1);
  });
});
