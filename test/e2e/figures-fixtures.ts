import { FigureCount } from '../../src/common/figures/figures-provider';
import { dateRange, Period, rocMonthRange, rocYearRange } from '../../src/common/time';
import { FiguresProviders } from '../../src/figures/figures-providers';
import { FiguresService } from '../../src/figures/figures.service';
import { TestApp } from '../support/test-app';

const HEADINGS = '案件編號,報修時間,報修機關,類別,報修事項,地點,結案日期';
const AGENCIES = ['財政局', '民政局', '教育局'];
const TRADES = ['水電', '空調', '消防'];

/**
 * A year of repair cases as an office's spreadsheet holds them: `perMonth[m]` cases in month
 * m + 1 of the ROC year, numbered without gaps as the old system did.
 */
export function repairCaseFile(rocYear: number, perMonth: number[]): { fileName: string; dataBase64: string } {
  const lines: string[] = [];
  perMonth.forEach((count, index) => {
    for (let day = 1; day <= count; day += 1) {
      const serial = String(lines.length + 1).padStart(6, '0');
      const date = (dayOfMonth: number) =>
        `${rocYear}/${String(index + 1).padStart(2, '0')}/${String(dayOfMonth).padStart(2, '0')}`;
      const agency = AGENCIES[lines.length % AGENCIES.length];
      const trade = TRADES[lines.length % TRADES.length];
      lines.push(
        `${rocYear}-${serial},${date(day)} 10:00,${agency},${trade},${trade}報修,四維行政中心${day}樓,${date(day + 1)}`,
      );
    }
  });
  return {
    fileName: `${rocYear}年報修案件.csv`,
    dataBase64: Buffer.from(`\uFEFF${[HEADINGS, ...lines].join('\n')}\n`).toString('base64'),
  };
}

/** Cases per month of 112 and of 111, the year the figures compare it with. */
export const CASES_112 = [9, 7, 12, 10, 8, 14, 11, 6, 13, 10, 9, 15];
export const CASES_111 = [6, 5, 8, 7, 9, 6, 10, 7, 8, 6, 7, 9];

/** Brings 111's and 112's repair cases in through the admin's historical import. */
export async function importTwoYearsOfCases(t: TestApp): Promise<void> {
  const admin = await t.login('admin');
  for (const [rocYear, perMonth] of [
    [111, CASES_111],
    [112, CASES_112],
  ] as const) {
    await t
      .http()
      .post('/imports/repair_cases')
      .auth(admin, { type: 'bearer' })
      .send(repairCaseFile(rocYear, perMonth))
      .expect(200);
  }
}

export const total = (counts: number[]) => counts.reduce((sum, count) => sum + count, 0);

/** Periods of every kind: closed years, one closed month, a council session, the open year, and up to today. */
function comparedPeriods(): Record<string, Period> {
  const thisRocYear = new Date().getFullYear() - 1911;
  return {
    'year 110': rocYearRange(110),
    'year 111': rocYearRange(111),
    'year 112': rocYearRange(112),
    'this year': rocYearRange(thisRocYear),
    'March 112': rocMonthRange(112, 3),
    'council session 112': dateRange('2023-02-10', '2023-06-30'),
    'last year to now': dateRange(`${new Date().getFullYear() - 1}-05-16`, new Date().toISOString().slice(0, 10)),
  };
}

const liveFigures = async (t: TestApp, period: Period): Promise<FigureCount[]> =>
  (
    await Promise.all(
      t.app
        .get(FiguresProviders)
        .all()
        .map((provider) => provider.figuresFor(period)),
    )
  ).flat();

/**
 * The yearly figures read closed months from their kept parts and the rest live: each period's
 * figures must equal the live count over the whole period, composed twice (keeping the months'
 * parts, then reading them).
 */
export async function expectComposedEqualsLive(t: TestApp): Promise<void> {
  for (const [name, period] of Object.entries(comparedPeriods())) {
    const expected = { name, figures: await liveFigures(t, period) };
    expect({ name, figures: await t.app.get(FiguresService).counts(period) }).toEqual(expected);
    expect({ name, figures: await t.app.get(FiguresService).counts(period) }).toEqual(expected);
  }
}
