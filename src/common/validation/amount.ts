import { applyDecorators } from '@nestjs/common';
import { Max, Min, ValidateBy, ValidationOptions } from 'class-validator';

/** Whether `value` is a JSON number with at most `decimals` decimal places (1e-7 has seven). */
export function isAmount(value: unknown, decimals: number): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled));
}

/**
 * A quantity or a sum of money in its unit (NT$ for money): a JSON number, nothing else — not
 * `true`, `""` or `"0x10"`, which a number conversion would turn into 1, 0 and 16 — with at most
 * `decimals` decimal places (0: whole dollars) and within `[min, max]`.
 */
export const IsAmount = (options: { min: number; max: number; decimals: number }, validation?: ValidationOptions) =>
  applyDecorators(
    ValidateBy(
      {
        name: 'isAmount',
        constraints: [options.decimals],
        validator: {
          validate: (value) => isAmount(value, options.decimals),
          defaultMessage: () =>
            options.decimals
              ? `$property must be a number with at most ${options.decimals} decimal places`
              : '$property must be a whole number',
        },
      },
      validation,
    ),
    Min(options.min, validation),
    Max(options.max, validation),
  );
