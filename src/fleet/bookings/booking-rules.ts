import { FleetConfig } from '../../config/app-config.schema';

export interface BookingWindowInput {
  startsAt: Date;
  endsAt: Date;
  passengers: number;
}

/** One broken rule of a requested trip, named by the request's field. */
export interface BookingProblem {
  field: 'startsAt' | 'endsAt' | 'passengers';
  code: string;
  message: string;
  params?: Record<string, number>;
}

/** A window that ends before it starts, for every form that takes one. */
export const ENDS_BEFORE_START: BookingProblem = {
  field: 'endsAt',
  code: 'fleet.ends_before_start',
  message: 'endsAt must be after startsAt',
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Everything wrong with a requested trip, judged at `now`: the window's order, the lead time
 * and horizon of the office's rules, and a party no vehicle can seat. Empty when it is fine.
 */
export function bookingProblems(
  input: BookingWindowInput,
  now: Date,
  largestSeats: number,
  rules: Pick<FleetConfig, 'bookingHorizonDays' | 'bookingLeadMinutes'>,
): BookingProblem[] {
  const problems: BookingProblem[] = [];
  const start = input.startsAt.getTime();
  const end = input.endsAt.getTime();
  const minutes = rules.bookingLeadMinutes;
  const days = rules.bookingHorizonDays;
  if (end <= start)
    problems.push({ field: 'endsAt', code: 'fleet.ends_before_start', message: 'endsAt must be after startsAt' });
  if (start < now.getTime())
    problems.push({ field: 'startsAt', code: 'fleet.starts_in_past', message: 'startsAt is in the past' });
  else if (start < now.getTime() + minutes * MINUTE)
    problems.push({
      field: 'startsAt',
      code: 'fleet.lead_time',
      message: `startsAt must be at least ${minutes} minutes from now`,
      params: { minutes },
    });
  if (start > now.getTime() + days * DAY)
    problems.push({
      field: 'startsAt',
      code: 'fleet.beyond_horizon',
      message: `startsAt must be within ${days} days from now`,
      params: { days },
    });
  if (input.passengers > largestSeats)
    problems.push({
      field: 'passengers',
      code: 'fleet.too_many_passengers',
      message: `passengers (${input.passengers}) exceed the largest vehicle's ${largestSeats} seats`,
      params: { max: largestSeats },
    });
  return problems;
}
