import { bookingProblems } from './booking-rules';

const now = new Date('2026-03-02T00:00:00Z');
const hours = (count: number) => new Date(now.getTime() + count * 3_600_000);
const rules = { bookingHorizonDays: 90, bookingLeadMinutes: 60 };

describe('booking rules', () => {
  it('accepts a trip tomorrow that the fleet can seat', () => {
    expect(bookingProblems({ startsAt: hours(24), endsAt: hours(27), passengers: 9 }, now, 9, rules)).toEqual([]);
  });

  it('lists every problem at once', () => {
    expect(bookingProblems({ startsAt: hours(-1), endsAt: hours(-2), passengers: 12 }, now, 9, rules)).toEqual([
      'endsAt must be after startsAt',
      'startsAt is in the past',
      "passengers (12) exceed the largest vehicle's 9 seats",
    ]);
  });

  it('keeps the lead time and the horizon', () => {
    expect(bookingProblems({ startsAt: hours(0.5), endsAt: hours(2), passengers: 1 }, now, 4, rules)).toEqual([
      'startsAt must be at least 60 minutes from now',
    ]);
    expect(
      bookingProblems({ startsAt: hours(91 * 24), endsAt: hours(91 * 24 + 2), passengers: 1 }, now, 4, rules),
    ).toEqual(['startsAt must be within 90 days from now']);
    expect(bookingProblems({ startsAt: hours(1), endsAt: hours(2), passengers: 1 }, now, 4, rules)).toEqual([]);
  });
});
