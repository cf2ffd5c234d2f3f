import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { invalidFields } from './field-errors';
import { unexpectedNullFields } from './null-fields';

export interface FieldError {
  field: string;
  errors: string[];
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, errors: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
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

/** Whitelisting validation that lists every bad field in the error body's `details.fields`. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new BadRequestException({
        code: 'validation.failed',
        message: `invalid input: ${fields.map((field) => field.field).join(', ')}`,
        details: { fields },
      });
    },
  });
}
