import type { BusinessCalendar } from '../../common/time';

export const TICKET_PRIORITIES = ['emergency', 'high', 'normal', 'low'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_PRIORITY_LABELS: Record<TicketPriority, string> = {
  emergency: '緊急',
  high: '高',
  normal: '普通',
  low: '低',
};

const MS_PER_MINUTE = 60_000;

/** A way of counting minutes: office hours for ordinary tickets, the wall clock for emergencies. */
export interface WorkClock {
  add(from: Date, minutes: number): Date;
  minutesBetween(a: Date, b: Date): number;
}

export type CalendarLike = Pick<BusinessCalendar, 'addBusinessMinutes' | 'businessMinutesBetween'>;

const WALL_CLOCK: WorkClock = {
  add: (from, minutes) => new Date(from.getTime() + minutes * MS_PER_MINUTE),
  minutesBetween: (a, b) => Math.max(0, (b.getTime() - a.getTime()) / MS_PER_MINUTE),
};

/** Emergencies run 24×7; everything else counts office hours only. */
export function clockFor(priority: TicketPriority, calendar: CalendarLike): WorkClock {
  if (priority === 'emergency') return WALL_CLOCK;
  return {
    add: (from, minutes) => calendar.addBusinessMinutes(from, minutes),
    minutesBetween: (a, b) => calendar.businessMinutesBetween(a, b),
  };
}

/**
 * Time a ticket spent on pausing holds, kept in both units so that a priority change between
 * office-hours and 24×7 keeps the paused time in the new clock's terms.
 */
export interface PausedTime {
  businessMinutes: number;
  wallMinutes: number;
}

export const NO_PAUSE: PausedTime = { businessMinutes: 0, wallMinutes: 0 };

/** Adds the hold [holdStartedAt, resumedAt) to the paused time. */
export function addHold(paused: PausedTime, holdStartedAt: Date, resumedAt: Date, calendar: CalendarLike): PausedTime {
  return {
    businessMinutes: paused.businessMinutes + calendar.businessMinutesBetween(holdStartedAt, resumedAt),
    wallMinutes: paused.wallMinutes + WALL_CLOCK.minutesBetween(holdStartedAt, resumedAt),
  };
}

export function pausedMinutesFor(priority: TicketPriority, paused: PausedTime): number {
  return priority === 'emergency' ? paused.wallMinutes : paused.businessMinutes;
}

export interface SlaTargets {
  responseMinutes: number;
  resolutionMinutes: number;
}

/**
 * Due times counted from the ticket's original start. The resolution due time moves out by the
 * paused time, so a resume (or a priority change, which calls this again) pushes it out.
 */
export function dueTimes(
  priority: TicketPriority,
  targets: SlaTargets,
  startedAt: Date,
  paused: PausedTime,
  calendar: CalendarLike,
) {
  const clock = clockFor(priority, calendar);
  return {
    responseDueAt: clock.add(startedAt, targets.responseMinutes),
    resolutionDueAt: clock.add(startedAt, targets.resolutionMinutes + pausedMinutesFor(priority, paused)),
  };
}

export type SlaState = 'running' | 'paused' | 'met' | 'breached';

export interface SlaMeasure {
  dueAt: Date;
  targetMinutes: number;
  usedMinutes: number;
  /** Negative once breached. */
  minutesLeft: number;
  fractionUsed: number;
  state: SlaState;
}

export interface MeasureInput {
  priority: TicketPriority;
  targetMinutes: number;
  startedAt: Date;
  /** When the clock's goal was reached (first assignment, resolution), or null while it runs. */
  doneAt: Date | null;
  now: Date;
  paused: PausedTime;
  /** Start of the current pausing hold; the clock stands still from then. */
  holdStartedAt: Date | null;
}

/** Where one SLA clock stands at `now`. */
export function measure(input: MeasureInput, calendar: CalendarLike): SlaMeasure {
  const paused = pausedMinutesFor(input.priority, input.paused);
  return measureOn(
    clockFor(input.priority, calendar),
    input.targetMinutes,
    input.startedAt,
    input.doneAt,
    input.holdStartedAt,
    paused,
    input.now,
  );
}

/**
 * `measure` on a clock the caller already holds, with the paused minutes in that clock's terms:
 * lists measure two clocks per ticket for many tickets, so they skip the input objects.
 */
export function measureOn(
  clock: WorkClock,
  targetMinutes: number,
  startedAt: Date,
  doneAt: Date | null,
  holdStartedAt: Date | null,
  paused: number,
  now: Date,
): SlaMeasure {
  const usedMinutes = Math.max(0, clock.minutesBetween(startedAt, doneAt ?? holdStartedAt ?? now) - paused);
  const minutesLeft = targetMinutes - usedMinutes;
  let state: SlaState;
  if (minutesLeft < 0) state = 'breached';
  else if (doneAt) state = 'met';
  else state = holdStartedAt ? 'paused' : 'running';
  return {
    dueAt: clock.add(startedAt, targetMinutes + paused),
    targetMinutes,
    usedMinutes,
    minutesLeft,
    fractionUsed: targetMinutes > 0 ? usedMinutes / targetMinutes : 1,
    state,
  };
}
