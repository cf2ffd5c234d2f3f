import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from '../errors/field-error';
import { invalidFields } from './field-errors';
import { unexpectedNullFields } from './null-fields';
import { ruleParamsOf } from './rule-params';

function fieldErrorsOf(error: ValidationError, field: string): FieldError[] {
  return Object.entries(error.constraints ?? {}).map(([code, message]) => {
    const params = ruleParamsOf(error.target, error.property, code);
    return params ? { field, code, message, params } : { field, code, message };
  });
}

/** One entry per broken rule, each named by the dotted path of the field (`itinerary.0.address`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    return [...fieldErrorsOf(error, field), ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Refuses `null` where the DTO does not allow it before class-validator, which would let it through. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype) {
      const nulls = unexpectedNullFields(value, metadata.metatype as never);
      if (nulls.length) throw invalidFields(nulls);
    }
    return super.transform(value, metadata);
  }
}

/** Whitelisting validation that lists every broken rule in the error body's `details.fields`. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // The target (the object holding the field) lets the factory read the rule's numbers; it is never sent.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      const names = [...new Set(fields.map((field) => field.field))];
      return new BadRequestException({
        code: 'validation.failed',
        message: `invalid input: ${names.join(', ')}`,
        details: { fields },
      });
    },
  });
}
