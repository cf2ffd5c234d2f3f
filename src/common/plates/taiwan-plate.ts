export const VEHICLE_TYPES = ['car', 'motorcycle'] as const;
export type VehicleType = (typeof VEHICLE_TYPES)[number];

export const VEHICLE_TYPE_LABELS: Record<VehicleType, string> = { car: '汽車', motorcycle: '機車' };

/**
 * Taiwan's plate layouts (letters L, digits D) for the vehicles the lots admit: cars since 2012
 * (LLL-DDDD), older cars (LL-DDDD, DDDD-LL), motorcycles (LLL-DDD, DDD-LLL).
 */
const LAYOUTS: Record<VehicleType, readonly RegExp[]> = {
  car: [/^[A-Z]{3}-\d{4}$/, /^[A-Z]{2}-\d{4}$/, /^\d{4}-[A-Z]{2}$/],
  motorcycle: [/^[A-Z]{3}-\d{3}$/, /^\d{3}-[A-Z]{3}$/],
};

export const PLATE_EXAMPLES: Record<VehicleType, string> = {
  car: 'ABC-1234, AB-1234, 1234-AB',
  motorcycle: 'ABC-123, 123-ABC',
};

/** Dashes people type (ASCII, Unicode hyphens and dashes, full-width) and spaces all count as the separator. */
const DASHES = /[\u002D\u2010-\u2015\u2212\uFE63\uFF0D]/g;
const SEPARATORS = /[\s\u002D\u2010-\u2015\u2212\uFE63\uFF0D]+/g;
const LETTERS_THEN_DIGITS = /^([A-Z]+)(\d+)$/;
const DIGITS_THEN_LETTERS = /^(\d+)([A-Z]+)$/;

export type PlateCheck = { ok: true; plate: string } | { ok: false; reason: string };

/**
 * Normalises a typed plate to upper case with one dash between its letter and digit groups
 * (`abc 1234`, `ＡＢＣ－１２３４` and `ABC1234` all become `ABC-1234`) and checks it against the
 * layouts of the vehicle type.
 */
export function checkPlate(input: string, vehicleType: VehicleType): PlateCheck {
  const text = input.normalize('NFKC').trim().toUpperCase();
  const groups = text.split(SEPARATORS).filter(Boolean);
  if (groups.length === 0) return { ok: false, reason: 'the plate is empty' };
  if (groups.length > 2 || (text.match(DASHES)?.length ?? 0) > 1)
    return { ok: false, reason: `"${input}" has more than one dash` };
  const joined = groups.join('');
  const split = LETTERS_THEN_DIGITS.exec(joined) ?? DIGITS_THEN_LETTERS.exec(joined);
  if (!split) return { ok: false, reason: `"${input}" must be one group of letters and one group of digits` };
  if (groups.length === 2 && groups[0] !== split[1])
    return { ok: false, reason: `"${input}" has its dash inside a group` };
  const plate = `${split[1]}-${split[2]}`;
  if (!LAYOUTS[vehicleType].some((layout) => layout.test(plate))) {
    return {
      ok: false,
      reason: `"${plate}" is not a ${vehicleType} plate (expected e.g. ${PLATE_EXAMPLES[vehicleType]})`,
    };
  }
  return { ok: true, plate };
}

/** The plate in its stored form if it is a valid car or motorcycle plate, else null. */
export function normalisePlate(input: string): string | null {
  for (const vehicleType of VEHICLE_TYPES) {
    const check = checkPlate(input, vehicleType);
    if (check.ok) return check.plate;
  }
  return null;
}
