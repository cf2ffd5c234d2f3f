import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { normalisePlate, readPlate } from './taiwan-plate';

/**
 * A plate of any vehicle type, read into its stored form (`abc1235` → `ABC-1235`) by the one plate
 * rule (plate-formats.ts). A text that is no plate, or that could be two plates, stays as typed
 * and fails as `isTaiwanPlate`.
 */
export const IsTaiwanPlate = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (normalisePlate(value) ?? value) : value,
    ),
    ValidateBy({
      name: 'isTaiwanPlate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && readPlate(value).ok,
        defaultMessage: () =>
          '$property must be a Taiwan plate as the licensing authority issues it (ABC-1235, AB-1234, FAA-233, KAQ-230, …); type the dash when the plate could be read two ways',
      },
    }),
  );
