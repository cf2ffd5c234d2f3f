import { CalendarMonth, nextMonth, Period, taipeiMonthOf, taipeiMonthStart } from '../../common/time';

/**
 * A write commits after its triggers ran: a month counts as closed only this long after it ended,
 * so that a transaction begun in the month (whose trigger saw it still open and kept no change)
 * has committed before anyone keeps the month's parts.
 */
export const CLOSING_GRACE_MS = 60 * 60 * 1000;

/** A span of a period: a closed whole month, read from its kept parts, or the rest, counted live. */
export type MonthSpan = { kept: true; month: string; span: Period } | { kept: false; span: Period };

const monthKey = ({ year, month }: CalendarMonth) => `${year}-${String(month).padStart(2, '0')}-01`;

/** The months before this one are closed (their parts may be kept), `CLOSING_GRACE_MS` after a month ends. */
export function closedBefore(now: Date): Date {
  return new Date(taipeiMonthStart(taipeiMonthOf(now.getTime() - CLOSING_GRACE_MS)));
}

/**
 * The period cut into its closed whole months and, between and around them, the live spans (adjacent
 * live pieces joined), in time order: they cover the period exactly once.
 */
export function monthSpans(period: Period, closedUntil: Date): MonthSpan[] {
  const spans: MonthSpan[] = [];
  const live = (start: Date, end: Date) => {
    const last = spans[spans.length - 1];
    if (last && !last.kept) last.span = { start: last.span.start, end };
    else spans.push({ kept: false, span: { start, end } });
  };
  let month = taipeiMonthOf(period.start.getTime());
  let monthStart = taipeiMonthStart(month);
  let cursor = period.start;
  while (cursor < period.end) {
    const following = nextMonth(month);
    const monthEnd = taipeiMonthStart(following);
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
