import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDate, isISO8601 } from 'class-validator';

/**
 * An ISO 8601 date-time that exists, turned into a Date. `new Date('2026-02-30T10:00Z')` would
 * quietly roll over into March, so the text is checked strictly before it is converted.
 */
export const IsInstant = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && isISO8601(value, { strict: true }) ? new Date(value) : value,
    ),
    IsDate({ message: '$property must be an ISO 8601 date-time that exists' }),
  );
