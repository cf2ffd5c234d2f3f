import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each unique constraint of the agencies table means to the caller. */
export const AGENCIES_CONSTRAINT_ERRORS = defineConstraintErrors({
  uq_agencies_code: {
    field: 'code',
    code: 'agency.code_taken',
    message: 'another agency already has this code',
    status: 409,
  },
});
