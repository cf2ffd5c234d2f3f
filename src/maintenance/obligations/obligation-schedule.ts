import { DateTime } from 'luxon';

/** Where the next due date is counted from once an occurrence is done. */
export const ADVANCE_MODES = ['due_date', 'completion_date'] as const;
export type AdvanceMode = (typeof ADVANCE_MODES)[number];

export interface ObligationRhythm {
  intervalMonths: number;
  advanceFrom: AdvanceMode;
  /** The day of the month the obligation falls on, kept so that Jan 31 → Feb 28 → Mar 31 does not drift to the 28th. */
  dueDayOfMonth: number;
}

export interface NextDue {
  dueDate: string;
  dueDayOfMonth: number;
}

function calendarDate(isoDate: string): DateTime {
  const date = DateTime.fromISO(isoDate, { zone: 'utc' });
  if (!date.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate))
    throw new RangeError(`"${isoDate}" is not a date written YYYY-MM-DD`);
  return date;
}

/**
 * `months` after the date, on `dayOfMonth` or on the month's last day when it is shorter:
 * 2023-01-31 + 1 → 2023-02-28, 2024-01-31 + 1 → 2024-02-29, 2023-02-28 (day 31) + 1 → 2023-03-31.
 */
export function addMonthsOnDay(isoDate: string, months: number, dayOfMonth: number): string {
  const month = calendarDate(isoDate).startOf('month').plus({ months });
  return month.set({ day: Math.min(dayOfMonth, month.daysInMonth!) }).toISODate()!;
}

/** The next due date after an occurrence due on `dueDate` was done on `completedOn`. */
export function nextDueAfter(rhythm: ObligationRhythm, dueDate: string, completedOn: string): NextDue {
  if (rhythm.advanceFrom === 'completion_date') {
    const dueDayOfMonth = calendarDate(completedOn).day;
    return { dueDate: addMonthsOnDay(completedOn, rhythm.intervalMonths, dueDayOfMonth), dueDayOfMonth };
  }
  return {
    dueDate: addMonthsOnDay(dueDate, rhythm.intervalMonths, rhythm.dueDayOfMonth),
    dueDayOfMonth: rhythm.dueDayOfMonth,
  };
}

/** The day the work order for an occurrence is opened: `leadTimeDays` before it is due. */
export function workOrderOpensOn(dueDate: string, leadTimeDays: number): string {
  return calendarDate(dueDate).minus({ days: leadTimeDays }).toISODate()!;
}

export function dayOfMonthOf(isoDate: string): number {
  return calendarDate(isoDate).day;
}
