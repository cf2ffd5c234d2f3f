import { DateTime } from 'luxon';
import { TAIPEI_ZONE } from './taipei-zone';

/** A Taipei calendar month, as numbers (month 1–12). */
export interface CalendarMonth {
  year: number;
  month: number;
}

export const nextMonth = ({ year, month }: CalendarMonth): CalendarMonth =>
  month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };

const previousMonth = ({ year, month }: CalendarMonth): CalendarMonth =>
  month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };

/** Taipei's offset since 1979; only a first guess, which the month starts around it confirm or correct. */
const USUAL_OFFSET_MS = 8 * 60 * 60 * 1000;
/** At most this many month starts are kept: 400 years' worth, far beyond any period the service counts. */
const MAX_KEPT_MONTH_STARTS = 400 * 12;
const monthStarts = new Map<number, number>();

/**
 * When the Taipei month begins, in epoch milliseconds, converted once per month: luxon asks Intl for
 * the zone's offset on every conversion, which cost more than the rest of a figures request.
 */
export function taipeiMonthStart(month: CalendarMonth): number {
  const key = month.year * 12 + month.month - 1;
  const kept = monthStarts.get(key);
  if (kept !== undefined) return kept;
  const start = DateTime.fromObject({ ...month, day: 1 }, { zone: TAIPEI_ZONE }).toMillis();
  if (monthStarts.size < MAX_KEPT_MONTH_STARTS) monthStarts.set(key, start);
  return start;
}

/** The Taipei month the instant falls in, from the kept month starts around it rather than a zone conversion. */
export function taipeiMonthOf(instant: number): CalendarMonth {
  if (!Number.isFinite(instant)) throw new RangeError(`Not a valid instant: ${instant}`);
  const guess = new Date(instant + USUAL_OFFSET_MS);
  const month = { year: guess.getUTCFullYear(), month: guess.getUTCMonth() + 1 };
  if (instant < taipeiMonthStart(month)) return previousMonth(month);
  const following = nextMonth(month);
  return instant < taipeiMonthStart(following) ? month : following;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const pad = (value: number, digits: number) => String(value).padStart(digits, '0');

/**
 * The Taipei date of the instant as `YYYY-MM-DD`, counted in whole days from its month's start when
 * the month is whole days long (it kept one offset throughout: every month since summer time ended
 * in 1979); otherwise undefined, for a zone conversion to answer.
 */
export function taipeiIsoDateOf(instant: number): string | undefined {
  const month = taipeiMonthOf(instant);
  const start = taipeiMonthStart(month);
  if (!Number.isInteger((taipeiMonthStart(nextMonth(month)) - start) / DAY_MS)) return undefined;
  const day = Math.floor((instant - start) / DAY_MS) + 1;
  return `${pad(month.year, 4)}-${pad(month.month, 2)}-${pad(day, 2)}`;
}
