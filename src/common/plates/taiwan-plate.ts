import { examplesOf, PLATE_FORMATS, PlateFormat, VehicleType } from './plate-formats';

export { VEHICLE_TYPE_LABELS, VEHICLE_TYPES, type VehicleType } from './plate-formats';

/** Why a typed plate was refused: the field code clients word, with its parameters. */
export type PlateProblem =
  | { code: 'plate.empty' }
  | { code: 'plate.form'; text: string }
  | { code: 'plate.ambiguous'; text: string; readings: string[] }
  | { code: 'plate.vehicle_type'; plate: string; vehicleType: VehicleType; examples: string };

export type PlateRefusal = { ok: false; problem: PlateProblem; reason: string };
export type PlateCheck = { ok: true; plate: string } | PlateRefusal;

/** Dashes people type (ASCII, Unicode hyphens and dashes, full-width) and spaces all count as the separator. */
const SEPARATORS = /[\s\u002D\u2010-\u2015\u2212\uFE63\uFF0D]+/g;
const PLATE_CHARACTERS = /^[A-Z0-9]+$/;

function formatOf(plate: string): PlateFormat | undefined {
  return PLATE_FORMATS.find((format) => format.pattern.test(plate));
}

function formatsMatching(plate: string): PlateFormat[] {
  return PLATE_FORMATS.filter((format) => format.pattern.test(plate));
}

/**
 * Every plate a string typed without its dash can be. `FA2233` is both the car `FA-2233` and the
 * motorcycle `FA2-233`: the dash is part of the plate, so it is never guessed between two readings.
 */
function readingsOf(compact: string): string[] {
  const readings: string[] = [];
  for (let cut = 1; cut < compact.length; cut += 1) {
    const plate = `${compact.slice(0, cut)}-${compact.slice(cut)}`;
    if (formatOf(plate)) readings.push(plate);
  }
  return readings;
}

function refused(problem: PlateProblem): PlateCheck {
  return { ok: false, problem, reason: reasonOf(problem) };
}

function reasonOf(problem: PlateProblem): string {
  switch (problem.code) {
    case 'plate.empty':
      return 'the plate is empty';
    case 'plate.form':
      return `"${problem.text}" is not a Taiwan plate`;
    case 'plate.ambiguous':
      return `"${problem.text}" can be ${problem.readings.join(' or ')}: type it with its dash`;
    case 'plate.vehicle_type':
      return `"${problem.plate}" is not a ${problem.vehicleType} plate (expected e.g. ${problem.examples})`;
  }
}

/**
 * Reads a typed plate into its stored form (upper case, one ASCII dash): `abc 1235`,
 * `ＡＢＣ－１２３５` and `ABC1235` are `ABC-1235`. It must be a format the licensing authority
 * issues (see plate-formats.ts); without its dash it must have only one reading.
 */
export function readPlate(input: string): PlateCheck {
  const text = input.normalize('NFKC').trim().toUpperCase();
  const groups = text.split(SEPARATORS).filter(Boolean);
  if (groups.length === 0) return refused({ code: 'plate.empty' });
  if (groups.length > 2 || !groups.every((group) => PLATE_CHARACTERS.test(group)))
    return refused({ code: 'plate.form', text: input });
  if (groups.length === 2) {
    const plate = groups.join('-');
    return formatOf(plate) ? { ok: true, plate } : refused({ code: 'plate.form', text: input });
  }
  const readings = readingsOf(groups[0]);
  if (readings.length === 1) return { ok: true, plate: readings[0] };
  return readings.length === 0
    ? refused({ code: 'plate.form', text: input })
    : refused({ code: 'plate.ambiguous', text: input, readings });
}

/** Reads a typed plate and checks that the vehicle type is issued plates of its format. */
export function checkPlate(input: string, vehicleType: VehicleType): PlateCheck {
  const read = readPlate(input);
  if (!read.ok) return read;
  if (formatsMatching(read.plate).some((format) => format.vehicleTypes.includes(vehicleType))) return read;
  return refused({ code: 'plate.vehicle_type', plate: read.plate, vehicleType, examples: examplesOf(vehicleType) });
}

/** The plate in its stored form if it is a plate of any vehicle type, else null. */
export function normalisePlate(input: string): string | null {
  const read = readPlate(input);
  return read.ok ? read.plate : null;
}

/**
 * The `serial`-th plate of a 3-letter series in the order the 2012 scheme issues them, skipping
 * every number with a 4 [DGH-2012]: 0 → `ABC-0000`, 4 → `ABC-0005`. Demo data, tests and the
 * benchmark make their plates with it, so they are plates that can exist.
 */
export function plateOfSeries(series: string, serial: number): string {
  const digits = serial.toString(9).padStart(4, '0').slice(-4);
  return `${series}-${digits.replace(/[4-8]/g, (digit) => String(Number(digit) + 1))}`;
}
