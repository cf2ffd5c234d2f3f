import { DateTime } from 'luxon';
import { TAIPEI_ZONE } from '../../common/time';

/** Taipei midnight of a `YYYY-MM-DD` day, for formatting it as an ROC date. */
export function dayStart(day: string): Date {
  return DateTime.fromISO(day, { zone: TAIPEI_ZONE }).toJSDate();
}
