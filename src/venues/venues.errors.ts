import { BadRequestError, ConflictError, UnprocessableError } from '../common/errors/domain-error';
import { BookingStatus } from './venue.constants';

/**
 * Field-level rule codes of a venue booking (contract 1 of the error body): each broken rule is
 * one entry of `details.fields` with one of these codes, the request field it concerns and the
 * rule's numbers in `params`.
 */
export const VENUE_RULE_CODES = {
  windowOrder: 'venue.window_order',
  tooSoon: 'venue.too_soon',
  tooFarAhead: 'venue.too_far_ahead',
  tooLong: 'venue.too_long',
  outsideOpeningHours: 'venue.outside_opening_hours',
  closedDay: 'venue.closed_day',
  overCapacity: 'venue.over_capacity',
  equipmentUnknown: 'venue.equipment_unknown',
  equipmentExceeded: 'venue.equipment_exceeded',
  equipmentRepeated: 'venue.equipment_repeated',
  spaceInactive: 'venue.space_inactive',
  seriesTooLong: 'venue.series_too_long',
  seriesEmpty: 'venue.series_empty',
  agencyNotYours: 'venue.agency_not_yours',
  partInvalid: 'venue.part_invalid',
  hoursOrder: 'venue.hours_order',
} as const;
export type VenueRuleCode = (typeof VENUE_RULE_CODES)[keyof typeof VENUE_RULE_CODES];

/** One broken rule, shaped as contract 1's field error. */
export interface BrokenRule {
  field: string;
  code: VenueRuleCode;
  message: string;
  params?: Record<string, unknown>;
}

/** The request breaks one or more booking rules; every one is listed in `details.fields`. */
export class VenueRulesError extends UnprocessableError {
  constructor(readonly fields: BrokenRule[]) {
    super('venue.rules_broken', fields.map((field) => field.message).join('; '), { fields });
  }
}

/** Where another booking holds (part of) the space: its id and its occupied window, buffers included. */
export interface Clash {
  bookingId: string;
  spaceId: string;
  occupiedFrom: Date;
  occupiedUntil: Date;
}

/** The space, or one of its parts or the hall it belongs to, is already held in the window. */
export class VenueClashError extends ConflictError {
  constructor(spaceId: string, clashes: Clash[]) {
    const bookingIds = [...new Set(clashes.map((clash) => clash.bookingId))];
    super(
      'venue.clash',
      `the space is already booked in that window by ${bookingIds.join(', ') || 'another booking'}`,
      {
        spaceId,
        clashingBookingIds: bookingIds,
        clashes,
        fields: [
          {
            field: 'startsAt',
            code: 'venue.clash',
            message: `clashes with ${bookingIds.join(', ')}`,
            params: { bookingIds },
          },
        ],
      },
    );
  }
}

/** A date of a series, with what stands in its way. */
export interface SeriesDateProblem {
  occurrence: number;
  date: string;
  startsAt: Date;
  endsAt: Date;
  code: 'venue.clash' | VenueRuleCode;
  clashingBookingIds: string[];
}

/** An all-or-nothing series in which some dates clash or fall on closed days: nothing was booked. */
export class VenueSeriesClashError extends ConflictError {
  constructor(problems: SeriesDateProblem[]) {
    super(
      'venue.series_clash',
      `${problems.length} date(s) of the series cannot be booked: ${problems.map((problem) => problem.date).join(', ')}`,
      { dates: problems },
    );
  }
}

export class VenueBookingStateError extends ConflictError {
  constructor(id: string, status: BookingStatus, action: string) {
    super('venue.booking_state', `venue booking ${id} is ${status}; it cannot be ${action}`, { id, status });
  }
}

/** Check-in opens shortly before the booking and closes at its end; a no-show is recorded once it has begun. */
export class VenueAttendanceTimingError extends UnprocessableError {
  constructor(action: 'check_in' | 'no_show', opensAt: Date, closesAt: Date | null) {
    super(
      `venue.${action}_timing`,
      `${action.replace('_', '-')} is possible from ${opensAt.toISOString()}${closesAt ? ` until ${closesAt.toISOString()}` : ''}`,
      { opensAt, closesAt },
    );
  }
}

/** A space is a room of the location tree; a site, building or floor cannot be booked. */
export class VenueLocationNotRoomError extends UnprocessableError {
  constructor(locationId: string, kind: string) {
    super('venue.location_not_room', `location ${locationId} is a ${kind}; a space must be a room`, {
      fields: [
        { field: 'locationId', code: 'venue.location_not_room', message: 'a space must be a room', params: { kind } },
      ],
    });
  }
}

/** A calendar asked for more days than one view shows. */
export class CalendarPeriodError extends BadRequestError {
  constructor(maxDays: number) {
    super('venue.bad_period', `from..to must cover 1 to ${maxDays} days`, {
      fields: [{ field: 'to', code: 'venue.bad_period', message: 'bad period', params: { max: maxDays } }],
    });
  }
}
