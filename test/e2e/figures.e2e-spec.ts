import { DateTime } from 'luxon';
import { DormitoriesService } from '../../src/dormitories/registry/dormitories.service';
import { JobsService } from '../../src/jobs/jobs.service';
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
    for (const plate of ['ABC-1234', 'XYZ-5678', 'AB-1234']) {
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
      'parking',
      'assets',
      'venues',
    ]);
    expect(figure(response.body.sections, 'maintenance.received')?.sentence).toBe(`${rocYear}年度受理案件計0件`);
    expect(figure(response.body.sections, 'parking.issued')).toEqual(
      expect.objectContaining({ value: 3, sentence: `${rocYear}年度核發公務臨時停車證3張` }),
    );
    expect(figure(response.body.sections, 'fleet.dispatched')?.value).toBe(0);
    expect(figure(response.body.sections, 'dormitories.managed')?.sentence).toBe(
      `${rocYear}年度經管市有宿舍44間，包括首長宿舍3間、多房間職務宿舍32間、單房間職務宿舍6間及眷舍3間`,
    );
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
});
