import { FleetConfig } from '../../config/app-config.schema';

export interface BookingWindowInput {
  startsAt: Date;
  endsAt: Date;
  passengers: number;
}

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
): string[] {
  const problems: string[] = [];
  const start = input.startsAt.getTime();
  const end = input.endsAt.getTime();
  if (end <= start) problems.push('endsAt must be after startsAt');
  if (start < now.getTime()) problems.push('startsAt is in the past');
  else if (start < now.getTime() + rules.bookingLeadMinutes * MINUTE)
    problems.push(`startsAt must be at least ${rules.bookingLeadMinutes} minutes from now`);
  if (start > now.getTime() + rules.bookingHorizonDays * DAY)
    problems.push(`startsAt must be within ${rules.bookingHorizonDays} days from now`);
  if (input.passengers > largestSeats)
    problems.push(`passengers (${input.passengers}) exceed the largest vehicle's ${largestSeats} seats`);
  return problems;
}
