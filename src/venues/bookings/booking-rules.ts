import { DateTime } from 'luxon';
import { VenuesConfig } from '../../config/app-config.schema';
import { SpaceEquipment } from '../spaces/venue-space.entity';
import { BrokenRule, VENUE_RULE_CODES, VenueRuleCode } from '../venues.errors';
import { BookedEquipment } from './venue-booking.entity';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface BookingWindow {
  startsAt: Date;
  endsAt: Date;
  setupMinutes: number;
  cleanupMinutes: number;
}

export interface BookingShape extends BookingWindow {
  attendees: number;
  equipment: BookedEquipment[];
}

export interface SpaceForRules {
  capacity: number;
  opensAt: string;
  closesAt: string;
  openOnNonWorkingDays: boolean;
  equipment: SpaceEquipment[];
}

export interface RuleContext {
  now: Date;
  zone: string;
  rules: Pick<VenuesConfig, 'bookingHorizonDays' | 'bookingLeadMinutes' | 'maxBookingHours' | 'closedOnNonWorkingDays'>;
  isWorkingDay(instant: Date): boolean;
}

/** Rules that depend on the date: a series may skip the dates that break them instead of failing. */
export const DATE_RULES: ReadonlySet<VenueRuleCode> = new Set([
  VENUE_RULE_CODES.tooSoon,
  VENUE_RULE_CODES.tooFarAhead,
  VENUE_RULE_CODES.closedDay,
]);

/** The window the booking holds the space: setup before the start, cleanup after the end. */
export function occupiedWindow(window: BookingWindow): { from: Date; until: Date } {
  return {
    from: new Date(window.startsAt.getTime() - window.setupMinutes * MINUTE),
    until: new Date(window.endsAt.getTime() + window.cleanupMinutes * MINUTE),
  };
}

function parseHourMinute(text: string): number {
  const [hour, minute] = text.split(':').map(Number);
  return hour * 60 + minute;
}

function windowOrderRules(input: BookingWindow, context: RuleContext): BrokenRule[] {
  if (input.endsAt <= input.startsAt)
    return [{ field: 'endsAt', code: VENUE_RULE_CODES.windowOrder, message: 'endsAt must be after startsAt' }];
  const maxHours = context.rules.maxBookingHours;
  if (input.endsAt.getTime() - input.startsAt.getTime() > maxHours * HOUR)
    return [
      {
        field: 'endsAt',
        code: VENUE_RULE_CODES.tooLong,
        message: `a booking may last at most ${maxHours} hours`,
        params: { maxHours },
      },
    ];
  return [];
}

function timingRules(input: BookingWindow, context: RuleContext): BrokenRule[] {
  const { from } = occupiedWindow(input);
  const { bookingLeadMinutes: minutes, bookingHorizonDays: days } = context.rules;
  if (from.getTime() < context.now.getTime() + minutes * MINUTE)
    return [
      {
        field: 'startsAt',
        code: VENUE_RULE_CODES.tooSoon,
        message: `a booking (setup included) must start at least ${minutes} minutes from now`,
        params: { minutes },
      },
    ];
  if (input.startsAt.getTime() > context.now.getTime() + days * DAY)
    return [
      {
        field: 'startsAt',
        code: VENUE_RULE_CODES.tooFarAhead,
        message: `a booking may start at most ${days} days ahead`,
        params: { days },
      },
    ];
  return [];
}

/** Wall-clock minutes of `instant` counted from the midnight that starts `day` (past 1440 on later days). */
function wallMinutesFrom(day: DateTime, instant: Date): number {
  const local = DateTime.fromJSDate(instant, { zone: day.zone });
  const days = Math.round(local.startOf('day').diff(day, 'days').days);
  return days * 24 * 60 + local.hour * 60 + local.minute + local.second / 60 + local.millisecond / MINUTE;
}

function openingRules(input: BookingWindow, space: SpaceForRules, context: RuleContext): BrokenRule[] {
  const { from, until } = occupiedWindow(input);
  const opens = parseHourMinute(space.opensAt);
  const closes = parseHourMinute(space.closesAt);
  const day = DateTime.fromJSDate(from, { zone: context.zone }).startOf('day');
  const broken = (field: string): BrokenRule => ({
    field,
    code: VENUE_RULE_CODES.outsideOpeningHours,
    message: `the space is open ${space.opensAt}–${space.closesAt} on the day it starts; ${field} falls outside`,
    params: { opensAt: space.opensAt, closesAt: space.closesAt },
  });
  const problems: BrokenRule[] = [];
  if (wallMinutesFrom(day, from) < opens)
    problems.push(broken(wallMinutesFrom(day, input.startsAt) < opens ? 'startsAt' : 'setupMinutes'));
  if (wallMinutesFrom(day, until) > closes)
    problems.push(broken(wallMinutesFrom(day, input.endsAt) > closes ? 'endsAt' : 'cleanupMinutes'));
  if (context.rules.closedOnNonWorkingDays && !space.openOnNonWorkingDays && !context.isWorkingDay(from)) {
    const date = day.toISODate();
    problems.push({
      field: 'startsAt',
      code: VENUE_RULE_CODES.closedDay,
      message: `${date} is not a working day of the office calendar; the space is closed`,
      params: { date },
    });
  }
  return problems;
}

function capacityRules(input: BookingShape, space: SpaceForRules): BrokenRule[] {
  if (input.attendees <= space.capacity) return [];
  return [
    {
      field: 'attendees',
      code: VENUE_RULE_CODES.overCapacity,
      message: `the space holds at most ${space.capacity} people`,
      params: { max: space.capacity },
    },
  ];
}

function equipmentRules(input: BookingShape, space: SpaceForRules): BrokenRule[] {
  const offered = new Map(space.equipment.map((item) => [item.code, item]));
  const seen = new Set<string>();
  return input.equipment.flatMap((item, index): BrokenRule[] => {
    const field = `equipment.${index}`;
    const available = offered.get(item.code);
    if (seen.has(item.code))
      return [
        { field: `${field}.code`, code: VENUE_RULE_CODES.equipmentRepeated, message: `${item.code} is listed twice` },
      ];
    seen.add(item.code);
    if (!available)
      return [
        {
          field: `${field}.code`,
          code: VENUE_RULE_CODES.equipmentUnknown,
          message: `the space has no ${item.code}`,
          params: { offered: [...offered.keys()] },
        },
      ];
    if (item.quantity > available.quantity)
      return [
        {
          field: `${field}.quantity`,
          code: VENUE_RULE_CODES.equipmentExceeded,
          message: `the space has ${available.quantity} ${item.code}`,
          params: { max: available.quantity },
        },
      ];
    return [];
  });
}

/**
 * Every rule the booking breaks, judged at `context.now`: the window's order and length, the
 * lead time and horizon, opening hours (buffers included) and closed days of the office
 * calendar, the space's capacity and equipment. Empty when it may be booked.
 */
export function bookingProblems(input: BookingShape, space: SpaceForRules, context: RuleContext): BrokenRule[] {
  const order = windowOrderRules(input, context);
  const windowProblems =
    order.length && order[0].code === VENUE_RULE_CODES.windowOrder
      ? order
      : [...order, ...timingRules(input, context), ...openingRules(input, space, context)];
  return [...windowProblems, ...capacityRules(input, space), ...equipmentRules(input, space)];
}
