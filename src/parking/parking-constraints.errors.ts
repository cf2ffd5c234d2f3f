import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK, exclusion and unique constraint of the parking tables means to the caller. */
export const PARKING_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_parking_lots_code: {
    field: 'code',
    code: 'parking.lot_code',
    message: 'a lot code is 2 to 4 upper-case letters',
  },
  ck_parking_lots_daily_capacity: {
    field: 'dailyCapacity',
    code: 'parking.capacity_negative',
    message: 'a daily capacity cannot be negative',
  },
  ck_parking_lots_hours: {
    field: 'closesAt',
    code: 'parking.lot_hours',
    message: 'a lot must close after it opens',
  },
  ck_parking_lot_days_within_capacity: {
    field: 'dailyCapacity',
    code: 'parking.capacity_below_issued',
    message: 'a day cannot have fewer spaces than the permits already issued for it',
  },
  ck_parking_permits_plate_shape: {
    field: 'plate',
    code: 'parking.plate_form',
    message: 'a plate is written in upper-case letters and digits around one dash, e.g. ABC-1235',
  },
  ck_parking_permits_revocation: {
    field: 'reason',
    code: 'parking.revocation_reason_required',
    message: 'a revoked permit needs the time and the reason of its revocation',
  },
  ck_parking_permits_serial_number: { code: 'parking.serial_number', message: 'a permit serial number starts at 1' },
  ck_parking_permits_status: {
    field: 'status',
    code: 'parking.permit_status_unknown',
    message: 'unknown permit status',
  },
  ck_parking_permits_vehicle_types: {
    field: 'vehicleType',
    code: 'parking.vehicle_type_unknown',
    message: 'a permit is for a small car, a motorcycle, a large vehicle or a trailer',
  },
  ck_parking_permits_window: {
    field: 'validTo',
    code: 'parking.permit_window',
    message: 'a permit cannot end before it starts',
  },
  ex_parking_permits_active_plate_overlap: {
    field: 'plate',
    code: 'parking.plate_overlap',
    message: 'this plate already holds an active permit for this lot on one of those days',
    status: 409,
  },
  ck_parking_serial_counters_last_number: {
    code: 'parking.serial_counter',
    message: 'a serial counter cannot be negative',
  },
  ck_parking_throttle_windows_hits: {
    code: 'parking.throttle_hits',
    message: 'a verification window counts at least one request',
  },

  // Lots are reference data: no request names a new lot's code.
  uq_parking_lots_code: {
    code: 'parking.lot_code_taken',
    message: 'another lot already has this code',
    status: 409,
  },
  uq_parking_permits_serial: {
    field: 'serial',
    code: 'parking.serial_taken',
    message: 'another permit already has this serial',
    status: 409,
  },
  uq_parking_permits_lot_id_roc_year_serial_number: {
    field: 'serial',
    code: 'parking.serial_taken',
    message: 'the lot already has a permit with this serial number in this year',
    status: 409,
  },
  uq_parking_permits_verification_token: {
    code: 'parking.verification_token_taken',
    message: 'another permit already has this verification token',
    status: 409,
  },
});
