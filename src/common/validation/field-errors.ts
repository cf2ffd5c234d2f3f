import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/** One broken rule of one request field, as the error body's `details.fields` lists it. */
export interface FieldError {
  /** Dotted path in the request body, e.g. `itinerary.0.address`. */
  field: string;
  /** A stable rule code: a class-validator constraint name or a `<module>.<what>` domain code. */
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/** A 400 listing the broken fields, with the body every validation failure has. */
export function invalidFields(fields: FieldError[]): DomainError {
  return new DomainError(
    'validation.failed',
    `invalid input: ${fields.map((field) => field.field).join(', ')}`,
    HttpStatus.BAD_REQUEST,
    { fields },
  );
}
