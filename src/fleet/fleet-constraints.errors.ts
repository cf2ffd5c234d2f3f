import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK, exclusion and unique constraint of the fleet tables means to the caller. */
export const FLEET_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_fleet_bookings_channel: { code: 'fleet.booking_channel', message: 'a booking comes online or on paper' },
  ck_fleet_bookings_paper_requester: {
    field: 'requesterName',
    code: 'fleet.paper_requester_name',
    message: 'a paper request names its requester; an online one does not',
  },
  ck_fleet_bookings_imported_requester: {
    field: 'requester',
    code: 'fleet.imported_requester_name',
    message: "only an imported booking keeps its requester's name as written",
  },
  ck_fleet_bookings_passengers: {
    field: 'passengers',
    code: 'fleet.booking_passengers',
    message: 'a trip carries 1 to 60 passengers',
  },
  ck_fleet_bookings_reason: {
    field: 'reason',
    code: 'fleet.booking_reason_required',
    message: 'a rejected or cancelled booking needs a reason',
  },
  ck_fleet_bookings_state: { code: 'fleet.booking_state_unknown', message: 'unknown booking state' },
  ck_fleet_bookings_trip: { code: 'fleet.booking_trip_required', message: 'an approved booking needs its trip' },
  ck_fleet_bookings_wanted_class: {
    field: 'wantedClass',
    code: 'fleet.vehicle_class_unknown',
    message: 'unknown vehicle class',
  },
  ck_fleet_bookings_window: {
    field: 'endsAt',
    code: 'fleet.booking_window',
    message: 'a booking must end after it starts',
  },
  ck_fleet_drivers_licence_class: {
    field: 'licenceClass',
    code: 'fleet.licence_class_unknown',
    message: 'unknown licence class',
  },
  ck_fleet_vehicles_class: {
    field: 'vehicleClass',
    code: 'fleet.vehicle_class_unknown',
    message: 'unknown vehicle class',
  },
  ck_fleet_vehicles_odometer: {
    field: 'odometerKm',
    code: 'fleet.odometer_negative',
    message: 'an odometer reading cannot be negative',
  },
  ck_fleet_vehicles_plate_form: {
    field: 'plate',
    code: 'fleet.plate_form',
    message: 'a plate is written in upper-case letters and digits around one dash, e.g. ABC-1235',
  },
  ck_fleet_vehicles_seats: { field: 'seats', code: 'fleet.vehicle_seats', message: 'a vehicle seats 1 to 60' },
  ck_fleet_vehicles_status: {
    field: 'status',
    code: 'fleet.vehicle_status_unknown',
    message: 'unknown vehicle status',
  },
  ck_fleet_trips_checked_in: {
    field: 'odometerKm',
    code: 'fleet.trip_check_in_required',
    message: 'a completed trip needs its check-in and odometer reading',
  },
  ck_fleet_trips_fuel: { field: 'fuelPercent', code: 'fleet.fuel_percent', message: 'fuel is 0 to 100 percent' },
  ck_fleet_trips_odometer: {
    field: 'odometerKm',
    code: 'fleet.odometer_lower',
    message: 'the odometer at check-in cannot be lower than at check-out',
  },
  ck_fleet_trips_state: { code: 'fleet.trip_state_unknown', message: 'unknown trip state' },
  ck_fleet_trips_turnaround: {
    field: 'turnaroundMinutes',
    code: 'fleet.turnaround_range',
    message: 'the turnaround is 0 to 1440 minutes',
  },
  ck_fleet_trips_window: { field: 'endsAt', code: 'fleet.trip_window', message: 'a trip must end after it starts' },
  ck_fleet_warnings_kind: { code: 'fleet.warning_kind_unknown', message: 'unknown warning kind' },
  ck_fleet_warnings_acknowledgement: {
    code: 'fleet.warning_acknowledgement',
    message: 'an acknowledged reminder keeps who acknowledged it and when, together',
  },
  ck_fleet_unavailabilities_kind: {
    field: 'kind',
    code: 'fleet.unavailability_kind_unknown',
    message: 'unknown kind of unavailability',
  },
  ck_fleet_unavailabilities_window: {
    field: 'endsAt',
    code: 'fleet.unavailability_window',
    message: 'an unavailability must end after it starts',
  },
  ck_fleet_driver_unavailabilities_kind: {
    field: 'kind',
    code: 'fleet.unavailability_kind_unknown',
    message: 'unknown kind of unavailability',
  },
  ck_fleet_driver_unavailabilities_window: {
    field: 'endsAt',
    code: 'fleet.unavailability_window',
    message: 'an unavailability must end after it starts',
  },
  ck_fleet_driver_unavailabilities_reason: {
    field: 'reason',
    code: 'fleet.unavailability_reason',
    message: 'a driver unavailability gives a reason of 1 to 500 characters',
  },
  ck_fleet_occupancies_driver_leave: {
    code: 'fleet.occupancy_resource',
    message: "a driver's leave holds that driver",
  },
  ck_fleet_occupancies_half_open: {
    field: 'endsAt',
    code: 'fleet.occupancy_window',
    message: 'a vehicle or driver is held for a window that ends after it starts',
  },
  ck_fleet_occupancies_occupied: {
    code: 'fleet.occupancy_turnaround',
    message: 'the held window must include the turnaround after the trip',
  },
  ck_fleet_occupancies_single_holder: {
    code: 'fleet.occupancy_holder',
    message: 'a hold belongs to one trip, one vehicle unavailability or one driver unavailability',
  },
  ck_fleet_occupancies_one_resource: {
    code: 'fleet.occupancy_resource',
    message: 'a hold is for one vehicle or one driver',
  },
  ck_fleet_occupancies_turnaround: {
    field: 'turnaroundMinutes',
    code: 'fleet.turnaround_range',
    message: 'the turnaround is 0 to 1440 minutes',
  },
  ex_fleet_occupancies_vehicle: {
    field: 'vehicleId',
    code: 'fleet.double_booked',
    message: 'the vehicle is already booked in that window (turnaround included)',
    status: 409,
  },
  ex_fleet_occupancies_driver: {
    field: 'driverId',
    code: 'fleet.double_booked',
    message: 'the driver is already booked in that window (turnaround included)',
    status: 409,
  },

  uq_fleet_vehicles_plate: {
    field: 'plate',
    code: 'fleet.plate_taken',
    message: 'another vehicle already has this plate',
    status: 409,
  },
  uq_fleet_drivers_user_id: {
    field: 'userId',
    code: 'fleet.driver_exists',
    message: 'this user is already registered as a driver',
    status: 409,
  },
  uq_fleet_warnings_kind_subject_due: {
    code: 'fleet.warning_exists',
    message: 'this reminder was already raised for this due date',
    status: 409,
  },
});
