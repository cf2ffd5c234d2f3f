import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK constraint of the user notifications table means to the caller. */
export const NOTIFICATIONS_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_user_notifications_email_attempts: {
    code: 'notifications.email_attempts_negative',
    message: 'email attempts cannot be negative',
  },
  ck_user_notifications_kind: { code: 'notifications.kind_unknown', message: 'unknown notification kind' },
  ck_user_notifications_link: {
    code: 'notifications.link_form',
    message: 'a notification links to a path of the app, starting with /',
  },
});
