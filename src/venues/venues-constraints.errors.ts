import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK, exclusion and unique constraint of the venue tables means to the caller. */
export const VENUES_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_venue_booking_series_frequency: {
    field: 'frequency',
    code: 'venue.series_frequency_unknown',
    message: 'a series repeats daily or weekly',
  },
  ck_venue_booking_series_interval: {
    field: 'interval',
    code: 'venue.series_interval_range',
    message: 'a series repeats every 1 to 12 days or weeks',
  },
  ck_venue_booking_series_on_clash: {
    field: 'onClash',
    code: 'venue.series_on_clash_unknown',
    message: 'a clashing date either fails the series or is skipped',
  },
  ck_venue_bookings_attendees: {
    field: 'attendees',
    code: 'venue.attendees_range',
    message: 'a booking has 1 to 100000 attendees',
  },
  ck_venue_bookings_buffers: {
    field: 'setupMinutes',
    code: 'venue.buffer_range',
    message: 'setup and cleanup are 0 to 480 minutes each',
  },
  ck_venue_bookings_checked_in: {
    code: 'venue.check_in_time_required',
    message: 'a checked-in booking needs its check-in time',
  },
  ck_venue_bookings_equipment: {
    field: 'equipment',
    code: 'venue.equipment_form',
    message: 'the equipment is a list',
  },
  ck_venue_bookings_event_kind: {
    field: 'eventKind',
    code: 'venue.event_kind_unknown',
    message: 'unknown event kind',
  },
  ck_venue_bookings_reason: {
    field: 'reason',
    code: 'venue.reason_required',
    message: 'a rejected or cancelled booking needs a reason',
  },
  ck_venue_bookings_status: { code: 'venue.booking_status_unknown', message: 'unknown booking status' },
  ck_venue_bookings_window: {
    field: 'endsAt',
    code: 'venue.window_order',
    message: 'a booking must end after it starts',
  },
  ck_venue_occupancies_half_open: {
    field: 'endsAt',
    code: 'venue.window_order',
    message: 'a space is held for a window that ends after it starts',
  },
  ck_venue_space_parts_distinct: {
    field: 'partIds',
    code: 'venue.part_invalid',
    message: 'a space cannot be a part of itself',
  },
  ck_venue_spaces_capacity: {
    field: 'capacity',
    code: 'venue.capacity_range',
    message: 'a space holds 1 to 100000 people',
  },
  ck_venue_spaces_equipment: {
    field: 'equipment',
    code: 'venue.equipment_form',
    message: 'the equipment is a list',
  },
  ck_venue_spaces_hours: {
    field: 'closesAt',
    code: 'venue.hours_order',
    message: 'opening hours are HH:mm and a space closes after it opens',
  },
  ck_venue_spaces_kind: { field: 'kind', code: 'venue.space_kind_unknown', message: 'unknown kind of space' },
  ex_venue_occupancies_space: {
    field: 'startsAt',
    code: 'venue.clash',
    message: 'the space is already booked in that window (setup and cleanup included)',
    status: 409,
  },

  uq_venue_spaces_code: {
    field: 'code',
    code: 'venue.space_code_taken',
    message: 'another space already has this code',
    status: 409,
  },
  uq_venue_spaces_location_id: {
    field: 'locationId',
    code: 'venue.space_location_taken',
    message: 'this room is already a space',
    status: 409,
  },
  uq_venue_occupancies_booking_id_space_id: {
    code: 'venue.occupancy_exists',
    message: 'the booking already holds this space',
    status: 409,
  },
});
