import { DateTime } from 'luxon';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant as a wall-clock time in `zone`; throws a RangeError for an Invalid Date. */
export function inZone(instant: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid) {
    throw new RangeError(`Not a valid instant: ${String(instant)}`);
  }
  return local;
}

/** Midnight of year-month-day in `zone`, or undefined when no such calendar day exists. */
export function startOfLocalDay(year: number, month: number, day: number, zone: string): DateTime | undefined {
  const local = DateTime.fromObject({ year, month, day }, { zone });
  return local.isValid ? local : undefined;
}

/** Midnight in `zone` of a strict `YYYY-MM-DD` date, or undefined when the text is not one. */
export function tryParseIsoDate(text: string, zone: string): DateTime | undefined {
  const match = ISO_DATE.exec(text);
  return match ? startOfLocalDay(Number(match[1]), Number(match[2]), Number(match[3]), zone) : undefined;
}

/** Midnight in `zone` of a strict `YYYY-MM-DD` date; throws a RangeError otherwise. */
export function parseIsoDate(text: string, zone: string): DateTime {
  const local = tryParseIsoDate(text, zone);
  if (!local) {
    throw new RangeError(`"${text}" is not a valid ISO date (YYYY-MM-DD)`);
  }
  return local;
}

/** The local calendar date as `YYYY-MM-DD`. */
export function isoDateOf(local: DateTime): string {
  return local.toFormat('yyyy-MM-dd');
}
