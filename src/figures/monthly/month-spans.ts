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

/** The first day (`YYYY-MM-DD`) of the Taipei month the instant falls in. */
export const monthKeyOf = (local: DateTime) => local.startOf('month').toISODate()!;

/** The months before this one are closed (their parts may be kept), `CLOSING_GRACE_MS` after a month ends. */
export function closedBefore(now: Date): Date {
  return DateTime.fromMillis(now.getTime() - CLOSING_GRACE_MS, { zone: TAIPEI_ZONE })
    .startOf('month')
    .toJSDate();
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
  let cursor = period.start;
  let month = DateTime.fromJSDate(period.start, { zone: TAIPEI_ZONE }).startOf('month');
  while (cursor < period.end) {
    const monthEnd = month.plus({ months: 1 });
    const end = new Date(Math.min(monthEnd.toMillis(), period.end.getTime()));
    const whole = month.toMillis() === cursor.getTime() && monthEnd.toMillis() === end.getTime();
    if (whole && end <= closedUntil) spans.push({ kept: true, month: monthKeyOf(month), span: { start: cursor, end } });
    else live(cursor, end);
    cursor = end;
    month = monthEnd;
  }
  return spans;
}
