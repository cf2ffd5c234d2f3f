import { ConflictError } from '../../common/errors/domain-error';

/** An imported booking overlaps another booking of its space (or of a hall or room it is part of). */
export class ImportedVenueOverlapError extends ConflictError {
  constructor() {
    const message = 'the space is already booked in that window';
    super('venue.import_overlap', message, {
      fields: [{ field: 'space', code: 'venue.import_overlap', message }],
    });
  }
}
