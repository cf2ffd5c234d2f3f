/**
 * The official property classification (財物標準分類, published by the budget authority): each
 * item code with its name, unit and minimum service life. Codes are four levels (類/項/目/節,
 * seven digits) and an item (two digits), sometimes with a material variant letter
 * (`3120301-22A`); agencies number their assets below the code with a 5- or 6-digit serial.
 */
export const CATEGORY_CODE_PATTERN = '[0-9]{7}-[0-9]{2}[A-Z]?';
export const CATEGORY_CODE = new RegExp(`^${CATEGORY_CODE_PATTERN}$`);
export const PROPERTY_NUMBER = new RegExp(`^(${CATEGORY_CODE_PATTERN})-([0-9]{5,6})$`);

/** `自訂`: the classification leaves the life to the agency. `null`: no life at all (land). */
export const CUSTOM_SERVICE_LIFE = '自訂';
export type ServiceLife = number | typeof CUSTOM_SERVICE_LIFE | null;

export interface ClassificationEntry {
  code: string;
  name: string;
  unit: string;
  minimumServiceLife: ServiceLife;
  /** Whether the entry was checked against the official file (the shipped excerpt says which). */
  checked: boolean;
}

export interface PropertyClassification {
  edition: string;
  source: string;
  entries: ClassificationEntry[];
}

/** The property class (類) of a code: 1 land, 2 buildings, 3 machinery, 4 vehicles, 5 other equipment. */
export function classOf(categoryCode: string): number {
  return Number(categoryCode[0]);
}

/** Land (and land improvements) and buildings are 財產 whatever they cost or last. */
export function isAlwaysProperty(categoryCode: string): boolean {
  return classOf(categoryCode) === 1 || classOf(categoryCode) === 2;
}

/** Splits a property number into its category code and serial, or null when it is not one. */
export function splitPropertyNumber(propertyNumber: string): { categoryCode: string; serial: number } | null {
  const match = PROPERTY_NUMBER.exec(propertyNumber);
  return match ? { categoryCode: match[1], serial: Number(match[2]) } : null;
}

/** Checks a classification file's content; throws an Error naming the first bad entry. */
export function assertValidClassification(content: unknown): asserts content is PropertyClassification {
  if (!isRecord(content) || typeof content.edition !== 'string' || typeof content.source !== 'string') {
    throw new Error('expected { edition, source, entries }');
  }
  if (!Array.isArray(content.entries)) throw new Error('"entries" must be an array');
  const seen = new Set<string>();
  content.entries.forEach((entry: unknown, index) => {
    const problem = entryProblem(entry);
    if (problem) throw new Error(`entries[${index}] ${JSON.stringify(entry)}: ${problem}`);
    const code = (entry as ClassificationEntry).code;
    if (seen.has(code)) throw new Error(`entries[${index}]: code ${code} appears twice`);
    seen.add(code);
  });
}

function entryProblem(entry: unknown): string | null {
  if (!isRecord(entry)) return 'expected an object';
  if (typeof entry.code !== 'string' || !CATEGORY_CODE.test(entry.code)) return 'code must read like 3140101-03';
  if (typeof entry.name !== 'string' || !entry.name.trim()) return 'name is missing';
  if (typeof entry.unit !== 'string') return 'unit must be text';
  if (typeof entry.checked !== 'boolean') return 'checked must be true or false';
  const life = entry.minimumServiceLife;
  const lifeIsValid =
    life === CUSTOM_SERVICE_LIFE ||
    (life === null && classOf(entry.code) === 1) ||
    (typeof life === 'number' && Number.isInteger(life) && life >= 0 && life <= 100);
  return lifeIsValid ? null : `minimumServiceLife must be whole years, "${CUSTOM_SERVICE_LIFE}", or null for land`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
