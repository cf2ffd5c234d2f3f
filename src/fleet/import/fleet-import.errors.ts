import { ConflictError, UnprocessableError } from '../../common/errors/domain-error';

/** The field of the import line that names the resource: the vehicle by its plate, the driver by name. */
const FIELDS = { vehicle: 'plate', driver: 'driver' } as const;

/** A line of a pooled trip that names another vehicle or driver than the trip's first line. */
export class ImportedTripMismatchError extends UnprocessableError {
  constructor(resource: 'vehicle' | 'driver', tripNumber: string) {
    const field = FIELDS[resource];
    const message = `the lines of trip ${tripNumber} name different ${resource}s`;
    super('fleet.import_trip_mismatch', message, {
      fields: [{ field, code: 'fleet.import_trip_mismatch', message, params: { tripNumber } }],
    });
  }
}

/** An imported trip overlaps another trip (or an unavailability) of its vehicle or driver. */
export class ImportedTripOverlapError extends ConflictError {
  constructor(resource: 'vehicle' | 'driver') {
    const field = FIELDS[resource];
    const message = `the ${resource} is already on another trip in that window`;
    super('fleet.double_booked', message, { fields: [{ field, code: 'fleet.double_booked', message }] });
  }
}
