import { DateTime } from 'luxon';
import { DormitoriesService } from '../../src/dormitories/registry/dormitories.service';
import { CalendarCoverage } from '../../src/figures/calendar-coverage';
import { JobsService } from '../../src/jobs/jobs.service';
import { statementsDuring } from '../support/sent-statements';
import { startTestApp, TestApp } from '../support/test-app';
import { permitInput, setUpParking, taipeiDay } from './parking-fixtures';

interface Section {
  key: string;
  figures: { key: string; value: number; sentence: string }[];
}

function figure(sections: Section[], key: string) {
  return sections.flatMap((section) => section.figures).find((candidate) => candidate.key === key);
}

describe('general-administration figures', () => {
  let t: TestApp;
  let viewer: string;
  const today = DateTime.now().setZone('Asia/Taipei');
  const rocYear = today.year - 1911;

  beforeAll(async () => {
    t = await startTestApp();
    viewer = await t.login('reports');
    await t.app.get(DormitoriesService).seedDemo();
    const parking = await setUpParking(t);
    for (const plate of ['ABC-1235', 'XYZ-5678', 'AB-1234']) {
      await t
        .http()
        .post('/parking/permits')
        .auth(parking.officer, { type: 'bearer' })
        .send(permitInput(parking, { plate }))
        .expect(201);
    }
  });
  afterAll(() => t.close());

  it('counts this year live from the modules, in the sentences the report prints', async () => {
    const response = await t.http().get(`/figures?rocYear=${rocYear}`).auth(viewer, { type: 'bearer' }).expect(200);
    expect(response.body).toMatchObject({ kind: 'year', periodKey: String(rocYear), label: `${rocYear}年度` });
    expect(response.body.sections.map((section: Section) => section.key)).toEqual([
      'maintenance',
      'dormitories',
      'fleet',
      'vehicle_reviews',
      'parking',
      'assets',
      'division',
      'venues',
    ]);
    expect(figure(response.body.sections, 'maintenance.received')?.sentence).toBe(`${rocYear}年度受理案件計0件`);
    expect(figure(response.body.sections, 'parking.issued')).toEqual(
      expect.objectContaining({ value: 3, sentence: `${rocYear}年核發公務臨時停車證3張` }),
    );
    expect(figure(response.body.sections, 'fleet.trips')?.value).toBe(0);
    expect(figure(response.body.sections, 'dormitories.managed')?.sentence).toBe(
      `經管市有宿舍44間，包括首長宿舍3間、多房間職務宿舍32間、單房間職務宿舍6間及眷舍3間`,
    );
  });

  it('reads the sentence templates and the centers once for the whole report, not once per section', async () => {
    const statements = await statementsDuring(() =>
      t.http().get(`/figures?rocYear=${rocYear}`).auth(viewer, { type: 'bearer' }).expect(200),
    );
    expect(statements.filter((text) => /FROM "?figure_sentence_templates\b/.test(text))).toHaveLength(1);
    // The maintenance (fire drills) and venue sections both name the centers.
    expect(statements.filter((text) => /FROM locations WHERE parent_id IS NULL/.test(text))).toHaveLength(1);
  });

  it('counts a month and a council session with the same numbers, and nothing outside them', async () => {
    const month = await t
      .http()
      .get(`/figures?rocYear=${rocYear}&month=${today.month}`)
      .auth(viewer, { type: 'bearer' })
      .expect(200);
    expect(month.body.label).toBe(`${rocYear}年${today.month}月`);
    expect(figure(month.body.sections, 'parking.issued')?.value).toBe(3);
    const session = await t
      .http()
      .get(`/figures?from=${taipeiDay(0)}&to=${taipeiDay(0)}`)
      .auth(viewer, { type: 'bearer' })
      .expect(200);
    expect(session.body.label).toBe(
      `${rocYear}年${today.month}月${today.day}日至${rocYear}年${today.month}月${today.day}日`,
    );
    expect(figure(session.body.sections, 'parking.issued')?.value).toBe(3);
    const lastYear = await t
      .http()
      .get(`/figures?rocYear=${rocYear - 1}`)
      .auth(viewer, { type: 'bearer' })
      .expect(200);
    expect(figure(lastYear.body.sections, 'parking.issued')?.value).toBe(0);
  });

  it('refuses a period that is asked two ways, or backwards, with 400; and other roles with 403', async () => {
    await t
      .http()
      .get(`/figures?rocYear=${rocYear}&from=2022-02-01&to=2022-06-30`)
      .auth(viewer, { type: 'bearer' })
      .expect(400);
    await t.http().get('/figures?from=2022-06-30&to=2022-02-01').auth(viewer, { type: 'bearer' }).expect(400);
    await t.http().get('/figures?rocYear=abc').auth(viewer, { type: 'bearer' }).expect(400);
    await t
      .http()
      .get(`/figures?rocYear=${rocYear}`)
      .auth(await t.login('requester'), { type: 'bearer' })
      .expect(403);
  });

  it('keeps a council session as published, and the monthly job keeps last month once', async () => {
    const kept = await t
      .http()
      .post('/figures/snapshots')
      .auth(viewer, { type: 'bearer' })
      .send({ from: taipeiDay(-1), to: taipeiDay(0) })
      .expect(201);
    const again = await t.http().get(`/figures/snapshots/${kept.body.id}`).auth(viewer, { type: 'bearer' }).expect(200);
    expect(figure(again.body.sections, 'parking.issued')?.value).toBe(3);

    const nextMonthStart = today.plus({ months: 1 }).startOf('month').plus({ hours: 2 }).toJSDate();
    const jobs = t.app.get(JobsService);
    const outcomes = await Promise.all([
      jobs.runForPeriod('figures.monthly-snapshot', nextMonthStart, 'schedule'),
      jobs.runForPeriod('figures.monthly-snapshot', nextMonthStart, 'schedule'),
    ]);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    const monthKey = `${rocYear}-${String(today.month).padStart(2, '0')}`;
    const rows = await t.sql<{ period_key: string; sections: Section[] }>(
      "SELECT period_key, sections FROM figure_snapshots WHERE kind = 'month'",
    );
    expect(rows.map((row) => row.period_key)).toEqual([monthKey]);
    expect(figure(rows[0].sections, 'parking.issued')?.value).toBe(3);
  });

  it('recomputes a period on a manual run of the job, keeping the earlier snapshot as history (who, when)', async () => {
    const nextMonthStart = today.plus({ months: 1 }).startOf('month').plus({ hours: 2 }).toJSDate();
    const monthKey = `${rocYear}-${String(today.month).padStart(2, '0')}`;
    const admin = await t.login('admin');
    const parking = await setUpParking(t);
    await t
      .http()
      .post('/parking/permits')
      .auth(parking.officer, { type: 'bearer' })
      .send(permitInput(parking, { plate: 'DDD-3333' }))
      .expect(201);
    const rerun = await t
      .http()
      .post('/jobs/figures.monthly-snapshot/run')
      .auth(admin, { type: 'bearer' })
      .send({ at: nextMonthStart.toISOString() })
      .expect(200);
    expect(rerun.body).toMatchObject({ status: 'succeeded', trigger: 'manual', periodKey: expect.any(String) });
    const [again, other] = await Promise.all(
      [0, 1].map(() =>
        t.http().post('/figures/snapshots').auth(viewer, { type: 'bearer' }).send({ rocYear, month: today.month }),
      ),
    );
    expect([again.status, other.status]).toEqual([201, 201]);

    const history = await t
      .http()
      .get(`/figures/snapshots/history?rocYear=${rocYear}&month=${today.month}`)
      .auth(viewer, { type: 'bearer' })
      .expect(200);
    expect(history.body).toHaveLength(4);
    expect(history.body.filter((snapshot: { supersededAt: string | null }) => !snapshot.supersededAt)).toHaveLength(1);
    expect(history.body[history.body.length - 1]).toMatchObject({ periodKey: monthKey, computedByName: '排程' });
    expect(history.body.map((snapshot: { computedByName: string }) => snapshot.computedByName)).toContain('系統管理者');
    const first = await t
      .http()
      .get(`/figures/snapshots/${history.body[history.body.length - 1].id}`)
      .auth(viewer, { type: 'bearer' })
      .expect(200);
    const current = await t
      .http()
      .get(`/figures/snapshots/${history.body[0].id}`)
      .auth(viewer, { type: 'bearer' })
      .expect(200);
    expect(figure(first.body.sections, 'parking.issued')?.value).toBe(3);
    expect(figure(current.body.sections, 'parking.issued')?.value).toBe(4);
    const audit = await t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'figure_snapshot' ORDER BY occurred_at",
    );
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['recompute']));
    const scheduled = await t.app.get(JobsService).runForPeriod('figures.monthly-snapshot', nextMonthStart, 'schedule');
    expect(scheduled.ran).toBe(false);
  });

  it('counts flows by the Taipei calendar and stocks at the period end, across a year boundary', async () => {
    const parking = await setUpParking(t);
    const permits: string[] = [];
    for (const plate of ['BBB-1111', 'CCC-2222']) {
      const response = await t
        .http()
        .post('/parking/permits')
        .auth(parking.officer, { type: 'bearer' })
        .send(permitInput(parking, { plate }))
        .expect(201);
      permits.push(response.body.id);
    }
    // 23:59:59 on 31 Dec 2023 in Taipei is 112; one second later is already 113, though both are 2023 in UTC.
    await t.sql('UPDATE parking_permits SET issued_at = $2 WHERE id = $1', [permits[0], '2023-12-31T15:59:59Z']);
    await t.sql('UPDATE parking_permits SET issued_at = $2 WHERE id = $1', [permits[1], '2023-12-31T16:00:00Z']);
    const [leaving] = await t.sql<{ id: string; version: number }>(
      "SELECT id, version FROM dormitories WHERE type = 'family' AND status = 'vacant' LIMIT 1",
    );
    await t
      .http()
      .post(`/dormitories/${leaving.id}/status`)
      .auth(await t.login('dormitory'), { type: 'bearer' })
      .send({ version: leaving.version, status: 'demolished', effectiveOn: '2024-01-01' })
      .expect(201);

    const valueIn = async (rocYear: number, key: string) => {
      const response = await t.http().get(`/figures?rocYear=${rocYear}`).auth(viewer, { type: 'bearer' }).expect(200);
      return figure(response.body.sections, key)?.value;
    };
    expect(await valueIn(112, 'parking.issued')).toBe(1);
    expect(await valueIn(113, 'parking.issued')).toBe(1);
    expect(await valueIn(112, 'dormitories.managed')).toBe(44);
    expect(await valueIn(113, 'dormitories.managed')).toBe(43);
  });

  it('names every year from the earliest record without an office calendar, not only this one', async () => {
    const coverage = t.app.get(CalendarCoverage);
    const in2026 = new Date('2026-06-01T00:00:00Z');
    expect(await coverage.missingYears(in2026)).toEqual([]);
    const [permit] = await t.sql<{ id: string }>('SELECT id FROM parking_permits LIMIT 1');
    await t.sql('UPDATE parking_permits SET issued_at = $2 WHERE id = $1', [permit.id, '2016-05-04T02:00:00Z']);
    expect(await coverage.missingYears(in2026)).toEqual([2016, 2017]);
    expect(await coverage.missingYears(new Date('2031-03-01T00:00:00Z'))).toEqual([2016, 2017, 2028, 2029, 2030, 2031]);
  });
});
