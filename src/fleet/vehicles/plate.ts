/**
 * Taiwan registration plates: letters and digits in two groups joined by one dash. The formats
 * accepted are the ones the Motor Vehicles Office has issued to cars and motorcycles still on
 * the road: ABC-1234 (cars since 2012), AB-1234 and 1234-AB (older cars), ABC-123 and 123-ABC
 * (motorcycles).
 */
const PLATE_FORMATS: readonly RegExp[] = [/^[A-Z]{3}-\d{4}$/, /^[A-Z]{2}-\d{4}$/, /^\d{4}-[A-Z]{2}$/, /^[A-Z]{3}-\d{3}$/, /^\d{3}-[A-Z]{3}$/];

/** Users type full-width characters, spaces and any kind of dash; the stored form has none of that. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Returns the plate in its stored form (upper case, one ASCII dash), or null if it is not a Taiwan plate. */
export function normalisePlate(input: string): string | null {
  const compact = input.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, '').toUpperCase();
  const withDash = compact.includes('-') ? compact : insertDash(compact);
  return withDash !== null && PLATE_FORMATS.some((format) => format.test(withDash)) ? withDash : null;
}

export function isValidPlate(input: string): boolean {
  return normalisePlate(input) !== null;
}

/** A plate typed without its dash has exactly one letter/digit boundary; the dash goes there. */
function insertDash(compact: string): string | null {
  const match = /^([A-Z]+)(\d+)$/.exec(compact) ?? /^(\d+)([A-Z]+)$/.exec(compact);
  return match ? `${match[1]}-${match[2]}` : null;
}

export const PLATE_EXAMPLES = ['ABC-1234', 'AB-1234', '1234-AB', 'ABC-123', '123-ABC'] as const;
