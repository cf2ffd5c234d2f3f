import { FigureCount, MonthlyFigures } from '../../src/common/figures/figures-provider';
import { rocMonthRange, rocYearRange } from '../../src/common/time';
import { DormitoriesService } from '../../src/dormitories/registry/dormitories.service';
import { FiguresService } from '../../src/figures/figures.service';
import { MONTH_RECOUNT_CONCURRENCY, MonthlyPartsService } from '../../src/figures/monthly/monthly-parts.service';
import { MaintenanceKpiService } from '../../src/maintenance/kpi/maintenance-kpi.service';
import { OCCURRENCE_SOURCE_MODULE } from '../../src/maintenance/obligations/obligation-kinds';
import { statementsDuring } from '../support/sent-statements';
import { startTestApp, TestApp } from '../support/test-app';
import { expectComposedEqualsLive, importTwoYearsOfCases, repairCaseFile } from './figures-fixtures';
import { permitInput, setUpParking } from './parking-fixtures';

/**
 * The yearly figures read closed months from their kept parts and the rest live: every figure must
 * equal the live count over the whole period, before and after writes into closed months.
 */
describe('figures composed from kept months', () => {
  let t: TestApp;

  const valueOf = (figures: FigureCount[], key: string) => figures.find((figure) => figure.key === key)?.value;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DormitoriesService).seedDemo();
    await importTwoYearsOfCases(t);
    const parking = await setUpParking(t);
    for (const plate of ['ABC-1235', 'XYZ-5678', 'AB-1234', 'BBB-1111']) {
      await t
        .http()
        .post('/parking/permits')
        .auth(parking.officer, { type: 'bearer' })
        .send(permitInput(parking, { plate }))
        .expect(201);
    }
    await t.sql(
      `UPDATE parking_permits SET issued_at = '2023-03-15T02:00:00Z' WHERE plate IN ('ABC-1235', 'XYZ-5678')`,
    );
    await t.sql(`UPDATE parking_permits SET issued_at = '2023-05-31T16:30:00Z' WHERE plate = 'AB-1234'`);
  });
  afterAll(() => t.close());

  it('gives every figure of every kind of period as the live count does', async () => {
    await expectComposedEqualsLive(t);
    const [kept] = await t.sql<{ months: number }>(
      `SELECT count(*)::int AS months FROM figure_month_parts WHERE section = 'maintenance' AND month BETWEEN '2023-01-01' AND '2023-12-01'`,
    );
    expect(kept.months).toBe(12);
  });

  it('reads a closed year from its twelve kept months, without reading a ticket or a permit', async () => {
    await t.app.get(FiguresService).counts(rocYearRange(112));
    const statements = await statementsDuring(() => t.app.get(FiguresService).counts(rocYearRange(112)));
    expect(statements.some((text) => /figure_month_parts/.test(text))).toBe(true);
    expect(statements.filter((text) => /maintenance_tickets|parking_permits/.test(text))).toEqual([]);
  });

  it('counts closed months again after late corrections (moved dates, a reopening, a revocation)', async () => {
    await expectComposedEqualsLive(t);
    const before = await t.app.get(FiguresService).counts(rocYearRange(112));
    await t.sql(
      `UPDATE maintenance_tickets SET closed_at = closed_at + interval '40 days', resolved_at = resolved_at + interval '40 days'
        WHERE id = (SELECT id FROM maintenance_tickets WHERE created_at >= '2023-03-01' AND created_at < '2023-04-01' ORDER BY created_at LIMIT 1)`,
    );
    await t.sql(`UPDATE maintenance_tickets SET status = 'submitted', closed_at = NULL, resolved_at = NULL
        WHERE id = (SELECT id FROM maintenance_tickets WHERE created_at >= '2023-06-01' AND created_at < '2023-07-01' ORDER BY created_at LIMIT 1)`);
    await t.sql(
      `UPDATE maintenance_tickets SET created_at = created_at - interval '4 years', resolved_at = resolved_at - interval '4 years',
              closed_at = closed_at - interval '4 years'
        WHERE id = (SELECT id FROM maintenance_tickets WHERE created_at >= '2023-08-01' AND created_at < '2023-09-01' ORDER BY created_at LIMIT 1)`,
    );
    await t.sql(
      `UPDATE parking_permits SET status = 'revoked', revoked_at = '2023-07-01T03:00:00Z', revocation_reason = '誤發' WHERE plate = 'ABC-1235'`,
    );
    await expectComposedEqualsLive(t);
    const after = await t.app.get(FiguresService).counts(rocYearRange(112));
    expect(valueOf(after, 'maintenance.received')).toBe(valueOf(before, 'maintenance.received')! - 1);
    expect(valueOf(after, 'maintenance.backlog')).toBe(valueOf(before, 'maintenance.backlog')! + 1);
    expect(valueOf(after, 'parking.revoked')).toBe(1);
  });

  it('counts a historical import into an earlier year whose months were kept empty', async () => {
    expect(valueOf(await t.app.get(FiguresService).counts(rocYearRange(110)), 'maintenance.received')).toBe(0);
    await t
      .http()
      .post('/imports/repair_cases')
      .auth(await t.login('admin'), { type: 'bearer' })
      .send(repairCaseFile(110, [3, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 4]))
      .expect(200);
    expect(valueOf(await t.app.get(FiguresService).counts(rocYearRange(110)), 'maintenance.received')).toBe(9);
    await expectComposedEqualsLive(t);
  });

  it("holds an instant in a ticket's open span exactly when the ticket is open at it", async () => {
    const rows = await t.sql<{ created: Date; resolved: Date | null; closed: Date | null; at: Date; bySpan: boolean }>(
      `WITH instants(at) AS (VALUES (NULL::timestamptz), ('2024-01-01T00:00Z'), ('2024-01-02T00:00Z'), ('2024-01-03T00:00Z'))
       SELECT c.at AS created, r.at AS resolved, x.at AS closed, e.at AS at,
              maintenance_ticket_open_span(c.at, r.at, x.at) @> e.at AS "bySpan"
         FROM instants c, instants r, instants x, instants e
        WHERE c.at IS NOT NULL AND e.at IS NOT NULL`,
    );
    const openAt = ({ created, resolved, closed, at }: (typeof rows)[number]) =>
      created < at && (resolved === null || resolved >= at) && (closed === null || closed >= at);
    expect(rows).toHaveLength(3 * 4 * 4 * 3);
    expect(rows.filter((row) => row.bySpan !== openAt(row))).toEqual([]);
    expect(rows.filter((row) => row.bySpan).length).toBeGreaterThan(0);
  });

  it("reads a month's tickets by index: the flows from three ranges, the backlog from the open spans", async () => {
    const month = rocMonthRange(112, 3);
    const [statement] = (await statementsDuring(() => t.app.get(MaintenanceKpiService).figureParts(month))).filter(
      (text) => /maintenance_tickets/.test(text),
    );
    await t.sql('SET enable_seqscan = off');
    try {
      const plan = await t.sql<{ 'QUERY PLAN': string }>(`EXPLAIN ${statement}`, [
        month.start,
        month.end,
        OCCURRENCE_SOURCE_MODULE,
      ]);
      const text = plan.map((line) => line['QUERY PLAN']).join('\n');
      for (const index of ['created_at_id', 'closed_at', 'resolved_at', 'open_span']) {
        expect(text).toMatch(new RegExp(`Index Scan (using|on) ix_maintenance_tickets_${index}\\b`));
      }
    } finally {
      await t.sql('RESET enable_seqscan');
    }
  });

  it(`counts at most ${MONTH_RECOUNT_CONCURRENCY} stale months at once, so a recount cannot take the whole pool`, async () => {
    let counting = 0;
    let most = 0;
    const slowSection: MonthlyFigures<number> = {
      partsVersion: 1,
      partsFor: async () => {
        most = Math.max(most, ++counting);
        await new Promise((resolve) => setTimeout(resolve, 20));
        counting--;
        return 1;
      },
      compose: () => Promise.resolve([]),
    };
    const parts = await t.app.get(MonthlyPartsService).partsOf('recount-test', slowSection, rocYearRange(111));
    expect(parts).toEqual(Array(12).fill(1));
    expect(most).toBe(MONTH_RECOUNT_CONCURRENCY);
  });

  it('keeps nothing for writes in the open month: it is always counted live', async () => {
    const [{ count: before }] = await t.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM figure_month_changes',
    );
    await t.sql(
      `UPDATE parking_permits SET revoked_at = now(), status = 'revoked', revocation_reason = '誤發' WHERE plate = 'BBB-1111'`,
    );
    const [{ count: after }] = await t.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM figure_month_changes',
    );
    expect(after).toBe(before);
    await expectComposedEqualsLive(t);
  });
});
