import { DateTime, IANAZone } from 'luxon';
import { assertValidCalendarYear, CalendarYear } from './calendar-year';
import { inZone, isoDateOf, parseIsoDate } from './local-date';
import { TAIPEI_ZONE } from './taipei-zone';

export type { CalendarYear } from './calendar-year';
export { loadCalendarYears } from './calendar-loader';

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
    let cursor = inZone(from, this.zone);
    for (;;) {
      const hours = this.workingHoursOf(cursor);
      if (hours) {
        const start = Math.max(cursor.toMillis(), hours.open.toMillis());
        const availableMs = hours.close.toMillis() - start;
        if (availableMs > 0) {
          if (remainingMs <= availableMs) {
            return new Date(start + remainingMs);
          }
          remainingMs -= availableMs;
        }
      }
      cursor = cursor.startOf('day').plus({ days: 1 });
    }
  }

  /** Working minutes in [a, b); 0 when b <= a. Fractional when the instants carry seconds. */
  businessMinutesBetween(a: Date, b: Date): number {
    if (b.getTime() <= a.getTime()) {
      return 0;
    }
    const lastDay = inZone(b, this.zone).startOf('day');
    let totalMs = 0;
    for (let day = inZone(a, this.zone).startOf('day'); day <= lastDay; day = day.plus({ days: 1 })) {
      const hours = this.workingHoursOf(day);
      if (hours) {
        const start = Math.max(hours.open.toMillis(), a.getTime());
        const end = Math.min(hours.close.toMillis(), b.getTime());
        totalMs += Math.max(0, end - start);
      }
    }
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
    for (let counted = 0; counted < days; ) {
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

  /** Opening and closing instants of the local day, or undefined on a day off. */
  private workingHoursOf(local: DateTime): { open: DateTime; close: DateTime } | undefined {
    if (!this.isWorkingLocalDay(local)) {
      return undefined;
    }
    return {
      open: local.set({ ...this.opening, second: 0, millisecond: 0 }),
      close: local.set({ ...this.closing, second: 0, millisecond: 0 }),
    };
  }
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
