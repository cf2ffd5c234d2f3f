import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { FieldError } from '../errors/field-error';

/** A 400 listing the broken fields, with the body every validation failure has. */
export function invalidFields(fields: FieldError[]): DomainError {
  return new DomainError(
    'validation.failed',
    `invalid input: ${fields.map((field) => field.field).join(', ')}`,
    HttpStatus.BAD_REQUEST,
    { fields },
  );
}
