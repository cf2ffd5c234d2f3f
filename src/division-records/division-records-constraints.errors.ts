import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK and unique constraint of the division records table means to the caller. */
export const DIVISION_RECORDS_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_division_records_attendance: {
    field: 'attendance',
    code: 'division_records.attendance_range',
    message: 'attendance is 0 to 100000',
  },
  ck_division_records_kind: { field: 'kind', code: 'division_records.kind_unknown', message: 'unknown record kind' },
  ck_division_records_result_file: {
    field: 'resultFile',
    code: 'division_records.result_file_incomplete',
    message: 'a result file needs its name, type, size, checksum and storage path',
  },
  ck_division_records_training_attendance: {
    field: 'attendance',
    code: 'division_records.attendance_required',
    message: 'a civil defence training record needs its attendance',
  },

  uq_division_records_kind_site_id_held_on: {
    field: 'heldOn',
    code: 'division_records.duplicate',
    message: 'the center already has a record of this kind on this day',
    status: 409,
  },
});
