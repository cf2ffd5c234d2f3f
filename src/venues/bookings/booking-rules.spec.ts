import { VENUE_RULE_CODES } from '../venues.errors';
import { bookingProblems, BookingShape, RuleContext, SpaceForRules } from './booking-rules';

const space: SpaceForRules = {
  capacity: 40,
  opensAt: '08:00',
  closesAt: '22:00',
  openOnNonWorkingDays: false,
  equipment: [{ code: 'projector', name: '投影機', quantity: 1 }],
};
/** Monday 2026-03-02 10:00 Taipei; Saturday 2026-03-07 is a day off. */
const context: RuleContext = {
  now: new Date('2026-03-02T02:00:00Z'),
  zone: 'Asia/Taipei',
  rules: { bookingHorizonDays: 180, bookingLeadMinutes: 60, maxBookingHours: 12, closedOnNonWorkingDays: true },
  isWorkingDay: (instant) => ![0, 6].includes(new Date(instant.getTime() + 8 * 3_600_000).getUTCDay()),
};
const taipei = (text: string) => new Date(`${text}+08:00`);

function booking(overrides: Partial<BookingShape> = {}): BookingShape {
  return {
    startsAt: taipei('2026-03-04T14:00:00'),
    endsAt: taipei('2026-03-04T16:00:00'),
    setupMinutes: 30,
    cleanupMinutes: 30,
    attendees: 20,
    equipment: [{ code: 'projector', quantity: 1 }],
    ...overrides,
  };
}

const codesOf = (input: BookingShape, on = space) =>
  bookingProblems(input, on, context).map((problem) => [problem.field, problem.code]);

describe('venue booking rules', () => {
  it('accepts a booking inside every rule', () => {
    expect(bookingProblems(booking(), space, context)).toEqual([]);
  });

  it.each([
    ['ends before it starts', { endsAt: taipei('2026-03-04T13:00:00') }, 'endsAt', VENUE_RULE_CODES.windowOrder],
    [
      'too long',
      {
        startsAt: taipei('2026-03-04T08:00:00'),
        endsAt: taipei('2026-03-04T21:00:00'),
        setupMinutes: 0,
        cleanupMinutes: 0,
      },
      'endsAt',
      VENUE_RULE_CODES.tooLong,
    ],
    [
      'setup starts within the lead time',
      { startsAt: taipei('2026-03-02T11:20:00'), endsAt: taipei('2026-03-02T12:00:00') },
      'startsAt',
      VENUE_RULE_CODES.tooSoon,
    ],
    [
      'in the past',
      { startsAt: taipei('2026-03-02T08:30:00'), endsAt: taipei('2026-03-02T09:30:00'), setupMinutes: 0 },
      'startsAt',
      VENUE_RULE_CODES.tooSoon,
    ],
    [
      'beyond the horizon',
      { startsAt: taipei('2026-09-01T14:00:00'), endsAt: taipei('2026-09-01T15:00:00') },
      'startsAt',
      VENUE_RULE_CODES.tooFarAhead,
    ],
    ['before opening', { startsAt: taipei('2026-03-04T07:30:00') }, 'startsAt', VENUE_RULE_CODES.outsideOpeningHours],
    [
      'setup before opening',
      { startsAt: taipei('2026-03-04T08:10:00') },
      'setupMinutes',
      VENUE_RULE_CODES.outsideOpeningHours,
    ],
    ['after closing', { endsAt: taipei('2026-03-04T22:30:00') }, 'endsAt', VENUE_RULE_CODES.outsideOpeningHours],
    [
      'cleanup after closing',
      { endsAt: taipei('2026-03-04T21:45:00') },
      'cleanupMinutes',
      VENUE_RULE_CODES.outsideOpeningHours,
    ],
    [
      'over midnight',
      { startsAt: taipei('2026-03-04T20:00:00'), endsAt: taipei('2026-03-05T01:00:00') },
      'endsAt',
      VENUE_RULE_CODES.outsideOpeningHours,
    ],
    [
      'on a Saturday',
      { startsAt: taipei('2026-03-07T14:00:00'), endsAt: taipei('2026-03-07T16:00:00') },
      'startsAt',
      VENUE_RULE_CODES.closedDay,
    ],
    ['over capacity', { attendees: 41 }, 'attendees', VENUE_RULE_CODES.overCapacity],
    [
      'unknown equipment',
      { equipment: [{ code: 'stage', quantity: 1 }] },
      'equipment.0.code',
      VENUE_RULE_CODES.equipmentUnknown,
    ],
    [
      'too much equipment',
      { equipment: [{ code: 'projector', quantity: 2 }] },
      'equipment.0.quantity',
      VENUE_RULE_CODES.equipmentExceeded,
    ],
    [
      'equipment twice',
      {
        equipment: [
          { code: 'projector', quantity: 1 },
          { code: 'projector', quantity: 1 },
        ],
      },
      'equipment.1.code',
      VENUE_RULE_CODES.equipmentRepeated,
    ],
  ])('refuses a booking %s, naming the field and the rule', (_label, overrides, field, code) => {
    expect(codesOf(booking(overrides))).toEqual([[field, code]]);
  });

  it('gives the numbers of the rule as params', () => {
    expect(bookingProblems(booking({ attendees: 41 }), space, context)[0].params).toEqual({ max: 40 });
    expect(bookingProblems(booking({ endsAt: taipei('2026-03-04T23:00:00') }), space, context)[0].params).toEqual({
      opensAt: '08:00',
      closesAt: '22:00',
    });
  });

  it('lets a space open on days off take weekend bookings, and lists every broken rule at once', () => {
    const saturday = { startsAt: taipei('2026-03-07T14:00:00'), endsAt: taipei('2026-03-07T16:00:00') };
    expect(codesOf(booking(saturday), { ...space, openOnNonWorkingDays: true })).toEqual([]);
    expect(codesOf(booking({ ...saturday, attendees: 50 }))).toEqual([
      ['startsAt', VENUE_RULE_CODES.closedDay],
      ['attendees', VENUE_RULE_CODES.overCapacity],
    ]);
  });
});
