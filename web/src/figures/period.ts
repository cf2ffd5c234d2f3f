import type { Dayjs } from 'dayjs';
import type { paths } from '../api/schema';

export type FiguresQuery = NonNullable<paths['/figures/overview']['get']['parameters']['query']>;

export type PeriodKind = 'year' | 'month' | 'range';

/** What the period form holds: a ROC year, a month of it, or a span of days such as a council session. */
export interface PeriodChoice {
  kind: PeriodKind;
  rocYear: number;
  month: number;
  from?: Dayjs;
  to?: Dayjs;
}

/** The API's query for the chosen period, or null while a span lacks an end. */
export function queryOf(choice: PeriodChoice): FiguresQuery | null {
  if (choice.kind === 'year') return { rocYear: choice.rocYear };
  if (choice.kind === 'month') return { rocYear: choice.rocYear, month: choice.month };
  if (!choice.from || !choice.to) return null;
  return { from: choice.from.format('YYYY-MM-DD'), to: choice.to.format('YYYY-MM-DD') };
}

/** `/figures/report?rocYear=112&format=pdf`: a plain link, so the browser downloads with the session cookie. */
export function reportHref(query: FiguresQuery, format: 'pdf' | 'xlsx'): string {
  const parameters = Object.entries({ ...query, format }).map(([name, value]) => [name, String(value)]);
  return `/figures/report?${new URLSearchParams(parameters).toString()}`;
}
