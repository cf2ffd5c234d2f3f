import { HttpStatus } from '@nestjs/common';
import { BadRequestError, ConflictError, DomainError, UnprocessableError } from '../common/errors/domain-error';
import { fieldDetails } from '../common/errors/field-error';
import { BookingProblem } from './bookings/booking-rules';
import { BookingState } from './fleet.constants';

/**
 * A booking request that breaks the dispatch rules; every problem is listed at once, as a sentence
 * (`problems`, for API clients) and as a field error (`fields`, for forms).
 */
export class BookingRequestInvalidError extends BadRequestError {
  constructor(problems: BookingProblem[]) {
    const sentences = problems.map((problem) => problem.message);
    super('fleet.booking_invalid', `the booking request is invalid: ${sentences.join('; ')}`, {
      problems: sentences,
      fields: problems,
    });
  }
}

/**
 * No vehicle is in service (none registered, or all retired): no request can be met, whatever it asks.
 * Not a field's fault, so it is the whole answer rather than one of the request's problems.
 */
export class NoVehicleInServiceError extends UnprocessableError {
  constructor() {
    super('fleet.no_vehicle_in_service', 'no vehicle is in service; no car can be requested now');
  }
}

export class BookingStateError extends ConflictError {
  constructor(id: string, state: BookingState, action: string) {
    super('fleet.booking_state', `booking ${id} is ${state}; it cannot be ${action}`, { id, state });
  }
}

/** The vehicle may not go on the road: lapsed papers, in maintenance or retired. */
export class VehicleNotAssignableError extends UnprocessableError {
  constructor(plate: string, reasons: string[]) {
    super('fleet.vehicle_not_assignable', `vehicle ${plate} cannot be assigned: ${reasons.join('; ')}`, {
      plate,
      reasons,
    });
  }
}

export class DriverNotAssignableError extends UnprocessableError {
  constructor(driverId: string, reason: string) {
    super('fleet.driver_not_assignable', `driver ${driverId} cannot be assigned: ${reason}`, { driverId, reason });
  }
}

export class NotADriverError extends UnprocessableError {
  constructor(userId: string) {
    super('fleet.not_a_driver', `user ${userId} does not hold the driver role`, { userId });
  }
}

export class SeatsExceededError extends UnprocessableError {
  constructor(seats: number, passengers: number) {
    super('fleet.seats_exceeded', `the vehicle seats ${seats} but the trip carries ${passengers} passengers`, {
      seats,
      passengers,
    });
  }
}

export class DriverRequiredError extends UnprocessableError {
  constructor(bookingId: string) {
    super('fleet.driver_required', `booking ${bookingId} asks for a driver; name one`, { bookingId });
  }
}

/** Someone else already holds the vehicle or driver in (part of) the window. */
export class DoubleBookingError extends ConflictError {
  constructor(resource: 'vehicle' | 'driver', resourceId: string, bookingIds: string[], unavailabilityIds: string[]) {
    const held = [
      ...(bookingIds.length ? [`bookings ${bookingIds.join(', ')}`] : []),
      ...(unavailabilityIds.length ? [`unavailability ${unavailabilityIds.join(', ')}`] : []),
    ];
    super(
      'fleet.double_booked',
      `the ${resource} is already taken in that window by ${held.join(' and ') || 'another trip'}`,
      {
        resource,
        resourceId,
        conflictingBookingIds: bookingIds,
        conflictingUnavailabilityIds: unavailabilityIds,
      },
    );
  }
}

export class OdometerLowerError extends UnprocessableError {
  constructor(plate: string, given: number, last: number) {
    super(
      'fleet.odometer_lower',
      `odometer ${given} km is lower than the last reading of vehicle ${plate}: ${last} km`,
      fieldDetails(
        'odometerKm',
        'fleet.odometer_lower',
        `must not be lower than ${last} km`,
        { plate, given, lastReadingKm: last },
        { min: last },
      ),
    );
  }
}

export class TripStateError extends ConflictError {
  constructor(id: string, state: string, action: string) {
    super('fleet.trip_state', `trip ${id} is ${state}; it cannot be ${action}`, { id, state });
  }
}

/** A paper request names an account of another agency than the one that filed it. */
export class PaperRequesterAgencyError extends UnprocessableError {
  constructor(requesterId: string, agencyId: string) {
    super(
      'fleet.paper_requester_agency',
      `user ${requesterId} does not belong to agency ${agencyId}`,
      fieldDetails('requesterId', 'fleet.paper_requester_agency', 'the requester belongs to another agency', {
        requesterId,
        agencyId,
      }),
    );
  }
}

/** An out-of-service or leave window that does not end after it starts. */
export class UnavailabilityWindowError extends UnprocessableError {
  constructor() {
    super(
      'fleet.unavailability_window',
      'an unavailability must end after it starts',
      fieldDetails('endsAt', 'fleet.unavailability_window', 'must be after startsAt'),
    );
  }
}

/** A due reminder is acknowledged once; who and when stay those of the first acknowledgement. */
export class WarningAcknowledgedError extends ConflictError {
  constructor(id: string, acknowledgedAt: Date | null) {
    super('fleet.warning_acknowledged', `reminder ${id} is already acknowledged`, { id, acknowledgedAt });
  }
}

/** A booking pooled onto a trip must overlap the trip's window. */
export class PoolIncompatibleError extends UnprocessableError {
  constructor(bookingId: string, tripId: string) {
    super('fleet.pool_incompatible', 'the booking window does not overlap the trip', { bookingId, tripId });
  }
}

/** A colleague who sees a booking of the agency may still not cancel it: only its requester or a dispatcher. */
export class CancelForbiddenError extends DomainError {
  constructor(bookingId: string) {
    super('fleet.cancel_forbidden', 'only the requester or the dispatcher may cancel a booking', HttpStatus.FORBIDDEN, {
      bookingId,
    });
  }
}
