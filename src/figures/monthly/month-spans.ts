import { DateTime } from 'luxon';
import { Period, TAIPEI_ZONE } from '../../common/time';

/**
 * A write commits after its triggers ran: a month counts as closed only this long after it ended,
 * so that a transaction begun in the month (whose trigger saw it still open and kept no change)
 * has committed before anyone keeps the month's parts.
 */
export const CLOSING_GRACE_MS = 60 * 60 * 1000;

/** A span of a period: a closed whole month, read from its kept parts, or the rest, counted live. */
export type MonthSpan = { kept: true; month: string; span: Period } | { kept: false; span: Period };

/** A Taipei calendar month, as numbers: converting instants to Taipei time costs a zone lookup each time. */
interface Month {
  year: number;
  month: number;
}

const nextMonth = ({ year, month }: Month): Month =>
  month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
const monthKey = ({ year, month }: Month) => `${year}-${String(month).padStart(2, '0')}-01`;
/** At most this many month starts are kept: 400 years' worth, far beyond any period the figures count. */
const MAX_KEPT_MONTH_STARTS = 400 * 12;
const monthStarts = new Map<string, number>();

/** When the Taipei month begins, computed once per month: a zone conversion costs more than the rest of a figures request. */
function startOf(month: Month): number {
  const key = monthKey(month);
  const kept = monthStarts.get(key);
  if (kept !== undefined) return kept;
  const start = DateTime.fromObject({ ...month, day: 1 }, { zone: TAIPEI_ZONE }).toMillis();
  if (monthStarts.size < MAX_KEPT_MONTH_STARTS) monthStarts.set(key, start);
  return start;
}

/** The Taipei month the instant falls in. */
function monthOf(instant: number): Month {
  const local = DateTime.fromMillis(instant, { zone: TAIPEI_ZONE });
  return { year: local.year, month: local.month };
}

/** The months before this one are closed (their parts may be kept), `CLOSING_GRACE_MS` after a month ends. */
export function closedBefore(now: Date): Date {
  return new Date(startOf(monthOf(now.getTime() - CLOSING_GRACE_MS)));
}

/**
 * The period cut into its closed whole months and, between and around them, the live spans (adjacent
 * live pieces joined), in time order: they cover the period exactly once. With a zone conversion on
 * every step this was two thirds of a yearly figures request's CPU.
 */
export function monthSpans(period: Period, closedUntil: Date): MonthSpan[] {
  const spans: MonthSpan[] = [];
  const live = (start: Date, end: Date) => {
    const last = spans[spans.length - 1];
    if (last && !last.kept) last.span = { start: last.span.start, end };
    else spans.push({ kept: false, span: { start, end } });
  };
  let month = monthOf(period.start.getTime());
  let monthStart = startOf(month);
  let cursor = period.start;
  while (cursor < period.end) {
    const following = nextMonth(month);
    const monthEnd = startOf(following);
    const end = new Date(Math.min(monthEnd, period.end.getTime()));
    const whole = monthStart === cursor.getTime() && monthEnd === end.getTime();
    if (whole && end <= closedUntil) spans.push({ kept: true, month: monthKey(month), span: { start: cursor, end } });
    else live(cursor, end);
    cursor = end;
    month = following;
    monthStart = monthEnd;
  }
  return spans;
}
