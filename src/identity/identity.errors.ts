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
