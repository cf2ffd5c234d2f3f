import { DateTime } from 'luxon';
import { inZone, isoDateOf, parseIsoDate, startOfLocalDay } from './local-date';
import { CalendarMonth, nextMonth, taipeiIsoDateOf, taipeiMonthStart } from './taipei-months';
import { TAIPEI_ZONE } from './taipei-zone';

/** ROC year 1 (民國元年) is Gregorian 1912. */
const ROC_YEAR_OFFSET = 1911;

const SEPARATED_ROC_DATE = /^(\d{1,3})([/.-])(\d{1,2})\2(\d{1,2})$/;
const CHINESE_ROC_DATE = /^(\d{1,3})年(\d{1,2})月(\d{1,2})日$/;

/** Half-open span of time [start, end). */
export interface Period {
  start: Date;
  end: Date;
}

/** Gregorian year → ROC year (2023 → 112); RangeError before ROC year 1 (1912). */
export function toRocYear(gregorianYear: number): number {
  assertInteger(gregorianYear, 'Gregorian year');
  if (gregorianYear - ROC_YEAR_OFFSET < 1) {
    throw new RangeError(`Gregorian year ${gregorianYear} is before ROC year 1 (1912)`);
  }
  return gregorianYear - ROC_YEAR_OFFSET;
}

/** ROC year → Gregorian year (112 → 2023); RangeError for ROC years below 1. */
export function toGregorianYear(rocYear: number): number {
  assertInteger(rocYear, 'ROC year');
  if (rocYear < 1) {
    throw new RangeError(`ROC year ${rocYear} is invalid: ROC years start at 1 (1912)`);
  }
  return rocYear + ROC_YEAR_OFFSET;
}

/** ROC year of the instant in Taipei (2023-12-31T16:30Z is already 113). */
export function rocYearOf(instant: Date): number {
  return toRocYear(inTaipei(instant).year);
}

/** Taipei date of the instant, e.g. `112年3月5日`. */
export function formatRocDate(instant: Date): string {
  const local = inTaipei(instant);
  return `${toRocYear(local.year)}年${local.month}月${local.day}日`;
}

/** Taipei date and 24-hour time of the instant, e.g. `112年3月5日 14:05`. */
export function formatRocDateTime(instant: Date): string {
  return `${formatRocDate(instant)} ${inTaipei(instant).toFormat('HH:mm')}`;
}

/** Taipei date of the instant with zero-padded month and day, e.g. `112/03/05`. */
export function formatRocDateCompact(instant: Date): string {
  const local = inTaipei(instant);
  return `${toRocYear(local.year)}/${local.toFormat('MM/dd')}`;
}

/**
 * Taipei midnight of an ROC date written `112/03/05`, `112-3-5`, `112.03.05` or `112年3月5日`.
 * Throws a RangeError for other forms and for days that do not exist (112/02/30).
 */
export function parseRocDate(text: string): Date {
  const trimmed = text.trim();
  const separated = SEPARATED_ROC_DATE.exec(trimmed);
  const parts = separated ? [separated[1], separated[3], separated[4]] : CHINESE_ROC_DATE.exec(trimmed)?.slice(1, 4);
  if (!parts) {
    throw new RangeError(
      `Unrecognised ROC date "${text}": expected a form like 112/03/05, 112-3-5, 112.03.05 or 112年3月5日`,
    );
  }
  const [rocYear, month, day] = parts.map(Number);
  if (rocYear < 1) {
    throw new RangeError(`Invalid ROC date "${text}": ROC years start at 1`);
  }
  const gregorianYear = toGregorianYear(rocYear);
  if (month < 1 || month > 12) {
    throw new RangeError(`Invalid ROC date "${text}": there is no month ${month}`);
  }
  const midnight = startOfLocalDay(gregorianYear, month, day, TAIPEI_ZONE);
  if (!midnight) {
    throw new RangeError(
      `Invalid ROC date "${text}": month ${month} of ${rocYear}年 (${gregorianYear}) has no day ${day}`,
    );
  }
  return midnight.toJSDate();
}

/** The whole ROC year in Taipei: [1 Jan 00:00, next 1 Jan 00:00). */
export function rocYearRange(rocYear: number): Period {
  const year = toGregorianYear(rocYear);
  return monthsFrom({ year, month: 1 }, { year: year + 1, month: 1 });
}

/** One month of an ROC year in Taipei: [1st 00:00, 1st of next month 00:00). */
export function rocMonthRange(rocYear: number, month: number): Period {
  assertInteger(month, 'Month');
  if (month < 1 || month > 12) {
    throw new RangeError(`Month ${month} is invalid: expected 1 to 12`);
  }
  const first = { year: toGregorianYear(rocYear), month };
  return monthsFrom(first, nextMonth(first));
}

/**
 * The Taipei days from `fromIsoDate` through `toIsoDateInclusive` (both `YYYY-MM-DD`),
 * e.g. a council session 2022-02-01..2022-06-30.
 */
export function dateRange(fromIsoDate: string, toIsoDateInclusive: string): Period {
  const start = parseIsoDate(fromIsoDate, TAIPEI_ZONE);
  const lastDay = parseIsoDate(toIsoDateInclusive, TAIPEI_ZONE);
  if (lastDay < start) {
    throw new RangeError(`Date range ${fromIsoDate}..${toIsoDateInclusive} ends before it starts`);
  }
  return toPeriod(start, lastDay.plus({ days: 1 }));
}

/** The instant's local date in Taipei as `YYYY-MM-DD`. */
export function taipeiDate(instant: Date): string {
  return taipeiIsoDateOf(instant.getTime()) ?? isoDateOf(inTaipei(instant));
}

function inTaipei(instant: Date): DateTime {
  return inZone(instant, TAIPEI_ZONE);
}

/** From the start of one Taipei month to the start of another. */
function monthsFrom(first: CalendarMonth, following: CalendarMonth): Period {
  return { start: new Date(taipeiMonthStart(first)), end: new Date(taipeiMonthStart(following)) };
}

function toPeriod(start: DateTime, end: DateTime): Period {
  return { start: start.toJSDate(), end: end.toJSDate() };
}

function assertInteger(value: number, label: string): void {
  if (!Number.isInteger(value)) {
    throw new RangeError(`${label} must be an integer, got ${value}`);
  }
}
