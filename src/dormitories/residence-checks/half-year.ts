import { DateTime } from 'luxon';
import { TAIPEI_ZONE, toRocYear } from '../../common/time';

/** The half-year (ROC year and H1/H2) containing the instant in Taipei, coded `115-H1`. */
export function halfYearCodeOf(instant: Date): string {
  const local = DateTime.fromJSDate(instant, { zone: TAIPEI_ZONE });
  return `${toRocYear(local.year)}-H${local.month <= 6 ? 1 : 2}`;
}

/** The Taipei calendar month (1–12) of the instant. */
export function taipeiMonthOf(instant: Date): number {
  return DateTime.fromJSDate(instant, { zone: TAIPEI_ZONE }).month;
}
