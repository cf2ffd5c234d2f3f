import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from './session-cookie';

/** A write authenticated by the session cookie came without the header a cross-site form cannot send. */
export class CsrfHeaderMissingError extends DomainError {
  constructor() {
    super(
      'auth.csrf_header_missing',
      `a request authenticated by the session cookie must send the header ${CSRF_HEADER}: ${CSRF_HEADER_VALUE}`,
      HttpStatus.FORBIDDEN,
    );
  }
}

/** A route that declares neither roles nor `@Public()`: closed rather than open by mistake. */
export class RouteWithoutRolesError extends DomainError {
  constructor() {
    super('auth.route_without_roles', 'this route declares no roles and is closed', HttpStatus.FORBIDDEN);
  }
}

/** The user holds none of the roles the route needs. */
export class MissingRoleError extends DomainError {
  constructor(requiredRoles: readonly string[]) {
    super('auth.forbidden', `this needs one of the roles: ${requiredRoles.join(', ')}`, HttpStatus.FORBIDDEN, {
      requiredRoles,
    });
  }
}
