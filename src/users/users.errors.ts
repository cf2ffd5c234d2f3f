import { BadRequestError } from '../common/errors/domain-error';

/** An admin may not deactivate themselves or change their own roles: another admin must. */
export class SelfChangeError extends BadRequestError {
  constructor() {
    super('user.self_change', 'you cannot deactivate yourself or change your own roles');
  }
}

/** A password change must prove the current password. */
export class WrongCurrentPasswordError extends BadRequestError {
  constructor() {
    super('user.wrong_password', 'the current password is wrong', {
      fields: [{ field: 'currentPassword', code: 'user.wrong_password', message: 'the current password is wrong' }],
    });
  }
}
