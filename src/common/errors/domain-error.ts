import { HttpStatus } from '@nestjs/common';

/**
 * An expected failure of a use case, with a stable string code that clients can act on.
 * Feature modules subclass or instantiate it from their `*.errors.ts` files.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode: HttpStatus,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super(`${entity}.not_found`, `${entity} ${id} was not found`, HttpStatus.NOT_FOUND, { id });
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, HttpStatus.CONFLICT, details);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'you may not do this') {
    super('forbidden', message, HttpStatus.FORBIDDEN);
  }
}

export class UnprocessableError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, HttpStatus.UNPROCESSABLE_ENTITY, details);
  }
}

export class BadRequestError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, HttpStatus.BAD_REQUEST, details);
  }
}

/** A row changed since the client read it (optimistic locking with a version column). */
export class StaleVersionError extends ConflictError {
  constructor(entity: string, id: string, expected: number, actual: number) {
    super(
      `${entity}.stale_version`,
      `${entity} ${id} was changed by someone else (your version ${expected}, current ${actual}); reload and try again`,
      {
        id,
        expectedVersion: expected,
        currentVersion: actual,
      },
    );
  }
}

/**
 * Optimistic locking: refuses the change when the client edited an older version of the row.
 * `expected` is undefined where the version is optional in the request.
 */
export function assertVersion(
  entity: string,
  id: string,
  row: { version: number },
  expected: number | undefined,
): void {
  if (expected !== undefined && row.version !== expected)
    throw new StaleVersionError(entity, id, expected, row.version);
}
