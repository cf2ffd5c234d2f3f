import { DateTime, IANAZone } from 'luxon';
import { assertValidCalendarYear, CalendarYear } from './calendar-year';
import { inZone, isoDateOf, parseIsoDate } from './local-date';
import { TAIPEI_ZONE } from './taipei-zone';

export { loadCalendarYears } from './calendar-loader';
export type { CalendarYear } from './calendar-year';

/** Daily opening hours as `HH:mm` wall-clock times in `zone`. */
export interface BusinessHours {
  start: string;
  end: string;
  zone: string;
}

/** Government office hours: 08:30–17:30 Taipei time. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = { start: '08:30', end: '17:30', zone: TAIPEI_ZONE };

export interface BusinessCalendarOptions {
  /** Configured years; any other year falls back to Monday–Friday working days. */
  years: CalendarYear[];
  hours?: BusinessHours;
}

interface TimeOfDay {
  hour: number;
  minute: number;
}

interface YearDays {
  holidays: ReadonlySet<string>;
  makeupWorkdays: ReadonlySet<string>;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_MINUTE = 60_000;
const FRIDAY = 5;
const MAX_YEARS_SEARCHED = 50;

/**
 * Working days and hours of the government office calendar. Working hours are the
 * half-open interval [start, end) of each working day, so an instant at closing time
 * is outside hours.
 */
export class BusinessCalendar {
  private readonly zone: string;
  private readonly opening: TimeOfDay;
  private readonly closing: TimeOfDay;
  private readonly years = new Map<number, YearDays>();
  private readonly windows = new Map<number, YearWindows>();
  private readonly yearStarts = new Map<number, number>();

  constructor({ years, hours = DEFAULT_BUSINESS_HOURS }: BusinessCalendarOptions) {
    if (!IANAZone.isValidZone(hours.zone)) {
      throw new RangeError(`Business hours zone "${hours.zone}" is not a known IANA zone`);
    }
    this.zone = hours.zone;
    this.opening = parseTimeOfDay(hours.start, 'start');
    this.closing = parseTimeOfDay(hours.end, 'end');
    if (minutesOfDay(this.closing) <= minutesOfDay(this.opening)) {
      throw new RangeError(`Business hours end ${hours.end} must be after start ${hours.start}`);
    }
    for (const calendarYear of years) {
      assertValidCalendarYear(calendarYear);
      if (this.years.has(calendarYear.year)) {
        throw new Error(`Calendar year ${calendarYear.year} is given more than once`);
      }
      this.years.set(calendarYear.year, {
        holidays: new Set(calendarYear.holidays),
        makeupWorkdays: new Set(calendarYear.makeupWorkdays),
      });
    }
  }

  /** Whether the year is configured; for other years only weekends count as days off. */
  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  /** The years given with holidays and make-up workdays, in order. */
  configuredYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  /** Builds the working-hour tables of these years now, not on the first clock that needs one. */
  prepareYears(years: Iterable<number>): void {
    for (const year of years) {
      this.windowsOf(year);
      this.startOfYear(year);
    }
  }

  /** The years whose tables are built, in order. */
  preparedYears(): number[] {
    return [...this.windows.keys()].sort((a, b) => a - b);
  }

  /** Whether the day (an ISO date, or the local date of an instant) is a working day. */
  isWorkingDay(day: string | Date): boolean {
    return this.isWorkingLocalDay(typeof day === 'string' ? parseIsoDate(day, this.zone) : inZone(day, this.zone));
  }

  /**
   * The instant `minutes` working minutes after `from`. Counting starts at the next opening
   * when `from` is outside hours, so adding 0 then returns that opening.
   */
  addBusinessMinutes(from: Date, minutes: number): Date {
    if (!Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError(`Business minutes must be a non-negative number, got ${minutes}`);
    }
    let remainingMs = minutes * MS_PER_MINUTE;
    let instant = from.getTime();
    let year = this.yearOf(from);
    for (let yearsSearched = 0; yearsSearched < MAX_YEARS_SEARCHED; yearsSearched++, year++) {
      const windows = this.windowsOf(year);
      const first = firstWindowClosingAfter(windows, instant);
      if (first < windows.opens.length) {
        const start = Math.max(instant, windows.opens[first]);
        const availableInFirst = windows.closes[first] - start;
        if (remainingMs <= availableInFirst) return new Date(start + remainingMs);
        remainingMs -= availableInFirst;
        const restOfYear = windows.before[windows.opens.length] - windows.before[first + 1];
        if (remainingMs <= restOfYear) return new Date(landWithin(windows, first + 1, remainingMs));
        remainingMs -= restOfYear;
      }
      instant = this.startOfYear(year + 1);
    }
    throw new RangeError(`no working time found within ${MAX_YEARS_SEARCHED} years of ${from.toISOString()}`);
  }

  /** Working minutes in [a, b); 0 when b <= a. Fractional when the instants carry seconds. */
  businessMinutesBetween(a: Date, b: Date): number {
    if (b.getTime() <= a.getTime()) {
      return 0;
    }
    const firstYear = this.yearOf(a);
    const lastYear = this.yearOf(b);
    let totalMs = -this.workingMsOfYearBefore(firstYear, a.getTime());
    for (let year = firstYear; year < lastYear; year++) totalMs += this.workingMsOfYear(year);
    totalMs += this.workingMsOfYearBefore(lastYear, b.getTime());
    return totalMs / MS_PER_MINUTE;
  }

  /**
   * The same local time on the `days`-th working day after `from`'s day, e.g. for
   * "auto-close after N business days". `from` itself may be on any day.
   */
  addBusinessDays(from: Date, days: number): Date {
    if (!Number.isInteger(days) || days < 0) {
      throw new RangeError(`Business days must be a non-negative integer, got ${days}`);
    }
    let cursor = inZone(from, this.zone);
    for (let counted = 0; counted < days;) {
      cursor = cursor.plus({ days: 1 });
      if (this.isWorkingLocalDay(cursor)) {
        counted += 1;
      }
    }
    return cursor.toJSDate();
  }

  private isWorkingLocalDay(local: DateTime): boolean {
    const yearDays = this.years.get(local.year);
    const isoDate = isoDateOf(local);
    if (yearDays?.makeupWorkdays.has(isoDate)) {
      return true;
    }
    if (yearDays?.holidays.has(isoDate)) {
      return false;
    }
    return local.weekday <= FRIDAY;
  }

  /**
   * The year's working hours as sorted [open, close) instants with running totals, built once per
   * year: an SLA clock over months then costs two binary searches, not a walk over every day.
   */
  private windowsOf(year: number): YearWindows {
    const cached = this.windows.get(year);
    if (cached) return cached;
    const windows: YearWindows = { opens: [], closes: [], before: [0] };
    const end = DateTime.fromObject({ year: year + 1 }, { zone: this.zone });
    for (let day = DateTime.fromObject({ year }, { zone: this.zone }); day < end; day = day.plus({ days: 1 })) {
      if (!this.isWorkingLocalDay(day)) continue;
      const open = day.set({ ...this.opening, second: 0, millisecond: 0 }).toMillis();
      const close = day.set({ ...this.closing, second: 0, millisecond: 0 }).toMillis();
      windows.opens.push(open);
      windows.closes.push(close);
      windows.before.push(windows.before[windows.before.length - 1] + close - open);
    }
    this.windows.set(year, windows);
    return windows;
  }

  private workingMsOfYear(year: number): number {
    const windows = this.windowsOf(year);
    return windows.before[windows.opens.length];
  }

  /** Working time from the start of `year` up to `instant` (which lies in that year). */
  private workingMsOfYearBefore(year: number, instant: number): number {
    const windows = this.windowsOf(year);
    const index = firstWindowClosingAfter(windows, instant);
    const partial = index < windows.opens.length ? Math.max(0, instant - windows.opens[index]) : 0;
    return windows.before[index] + partial;
  }

  /**
   * The instant's year in the calendar's zone, from cached year boundaries: SLA clocks ask this
   * for every ticket in a list, and a zone conversion per call cost more than the rest of the clock.
   */
  private yearOf(instant: Date): number {
    const at = instant.getTime();
    if (!Number.isFinite(at)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
    // A zone is less than a day from UTC, so the local year is the UTC year or a neighbour.
    const year = instant.getUTCFullYear();
    if (at < this.startOfYear(year)) return year - 1;
    return at < this.startOfYear(year + 1) ? year : year + 1;
  }

  private startOfYear(year: number): number {
    let start = this.yearStarts.get(year);
    if (start === undefined) {
      start = DateTime.fromObject({ year }, { zone: this.zone }).toMillis();
      this.yearStarts.set(year, start);
    }
    return start;
  }
}

interface YearWindows {
  opens: number[];
  closes: number[];
  /** before[i] = working milliseconds in windows 0..i-1 */
  before: number[];
}

/** Index of the first window that closes after `instant` (the length when none does). */
function firstWindowClosingAfter(windows: YearWindows, instant: number): number {
  let low = 0;
  let high = windows.closes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (windows.closes[middle] > instant) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The instant `remainingMs` of working time into the windows from `first` on (it fits). */
function landWithin(windows: YearWindows, first: number, remainingMs: number): number {
  const target = windows.before[first] + remainingMs;
  let low = first;
  let high = windows.opens.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (windows.before[middle + 1] >= target) high = middle;
    else low = middle + 1;
  }
  return windows.opens[low] + (target - windows.before[low]);
}

function parseTimeOfDay(text: string, label: 'start' | 'end'): TimeOfDay {
  const match = HH_MM.exec(text);
  if (!match) {
    throw new RangeError(`Business hours ${label} "${text}" is not a time in HH:mm form`);
  }
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function minutesOfDay({ hour, minute }: TimeOfDay): number {
  return hour * 60 + minute;
}
