import { tryParseIsoDate } from './local-date';

/** One year of the government office calendar, as ISO dates (`YYYY-MM-DD`). */
export interface CalendarYear {
  year: number;
  /** Weekdays off: holidays, their observed days and bridge days. */
  holidays: string[];
  /** Make-up workdays (補行上班日): weekend days that become working days. */
  makeupWorkdays: string[];
}

const SATURDAY = 6;
const SUNDAY = 7;

/**
 * Throws an Error naming the first bad entry: a date that does not parse, lies outside `year`,
 * is listed twice or in both lists, or a make-up workday that is not a Saturday or Sunday.
 */
export function assertValidCalendarYear(calendarYear: CalendarYear): void {
  const { year, holidays, makeupWorkdays } = calendarYear;
  if (!Number.isInteger(year)) {
    throw new Error(`year must be an integer, got ${JSON.stringify(year)}`);
  }
  const seen = new Map<string, string>();
  const check = (list: 'holidays' | 'makeupWorkdays', isoDate: string, index: number): void => {
    const entry = `${list}[${index}] "${isoDate}"`;
    const day = tryParseIsoDate(isoDate, 'UTC');
    if (!day) {
      throw new Error(`${entry}: not a valid ISO date (YYYY-MM-DD)`);
    }
    if (day.year !== year) {
      throw new Error(`${entry}: not in year ${year}`);
    }
    if (list === 'makeupWorkdays' && day.weekday !== SATURDAY && day.weekday !== SUNDAY) {
      const weekday = day.setLocale('en').weekdayLong;
      throw new Error(`${entry}: is a ${weekday}, but make-up workdays must be Saturdays or Sundays`);
    }
    const earlier = seen.get(isoDate);
    if (earlier) {
      throw new Error(`${entry}: already listed as ${earlier}`);
    }
    seen.set(isoDate, `${list}[${index}]`);
  };
  holidays.forEach((isoDate, index) => check('holidays', isoDate, index));
  makeupWorkdays.forEach((isoDate, index) => check('makeupWorkdays', isoDate, index));
}
