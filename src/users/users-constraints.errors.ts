import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK and unique constraint of the users table means to the caller. */
export const USERS_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_users_roles_known: {
    field: 'roles',
    code: 'user.roles_unknown',
    message: 'a user holds one or more of the known roles',
  },
  ck_users_username_lower: {
    field: 'username',
    code: 'user.username_lower_case',
    message: 'a username is written in lower case',
  },

  uq_users_username: {
    field: 'username',
    code: 'user.username_taken',
    message: 'another account already has this username',
    status: 409,
  },
});
