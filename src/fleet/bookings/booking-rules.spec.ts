import { BookingWindowInput, bookingProblems } from './booking-rules';

const now = new Date('2026-03-02T00:00:00Z');
const hours = (count: number) => new Date(now.getTime() + count * 3_600_000);
const rules = { bookingHorizonDays: 90, bookingLeadMinutes: 60 };
const sentences = (input: BookingWindowInput, largestSeats: number) =>
  bookingProblems(input, now, largestSeats, rules).map((problem) => problem.message);

describe('booking rules', () => {
  it('accepts a trip tomorrow that the fleet can seat', () => {
    expect(sentences({ startsAt: hours(24), endsAt: hours(27), passengers: 9 }, 9)).toEqual([]);
  });

  it('lists every problem at once', () => {
    expect(sentences({ startsAt: hours(-1), endsAt: hours(-2), passengers: 12 }, 9)).toEqual([
      'endsAt must be after startsAt',
      'startsAt is in the past',
      "passengers (12) exceed the largest vehicle's 9 seats",
    ]);
  });

  it('names the field and the limit of each problem, for the form', () => {
    expect(bookingProblems({ startsAt: hours(0.5), endsAt: hours(2), passengers: 12 }, now, 9, rules)).toEqual([
      expect.objectContaining({ field: 'startsAt', code: 'fleet.lead_time', params: { minutes: 60 } }),
      expect.objectContaining({ field: 'passengers', code: 'fleet.too_many_passengers', params: { max: 9 } }),
    ]);
  });

  it('keeps the lead time and the horizon', () => {
    expect(sentences({ startsAt: hours(0.5), endsAt: hours(2), passengers: 1 }, 4)).toEqual([
      'startsAt must be at least 60 minutes from now',
    ]);
    expect(sentences({ startsAt: hours(91 * 24), endsAt: hours(91 * 24 + 2), passengers: 1 }, 4)).toEqual([
      'startsAt must be within 90 days from now',
    ]);
    expect(sentences({ startsAt: hours(1), endsAt: hours(2), passengers: 1 }, 4)).toEqual([]);
  });
});
