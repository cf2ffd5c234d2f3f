import { ImportLine, LineProblem } from '../../common/import/import-lines';
import { Columns, LineReader } from '../../common/import/line-reader';
import { SheetRow } from '../../common/import/spreadsheet';
import { inZone, isoDateOf } from '../../common/time/local-date';
import { TAIPEI_ZONE } from '../../common/time/taipei-zone';
import { CATEGORY_CODE, PROPERTY_NUMBER } from '../classification/property-classification';
import { RegisterAssetDto } from '../register/dto/asset.dto';

type AssetField =
  | 'propertyNumber'
  | 'categoryCode'
  | 'serial'
  | 'name'
  | 'specification'
  | 'acquisitionDate'
  | 'quantity'
  | 'cost'
  | 'custodian'
  | 'location'
  | 'serviceLife'
  | 'note';

/** The headings of the registers offices keep; the first of each is the one messages name. */
export const ASSET_COLUMNS: Columns<AssetField> = {
  propertyNumber: ['財產編號'],
  categoryCode: ['分類編號', '財產分類'],
  serial: ['財產分號', '分號'],
  name: ['財產名稱', '名稱', '物品名稱'],
  specification: ['規格', '廠牌規格', '型式'],
  acquisitionDate: ['取得日期', '購置日期'],
  quantity: ['數量'],
  cost: ['單價', '價值', '取得價值'],
  custodian: ['保管人'],
  location: ['存置地點', '放置地點'],
  serviceLife: ['使用年限', '最低使用年限'],
  note: ['備註'],
};

/** The file's heading of every field a register rule may name, the register's own names included. */
export const ASSET_PROBLEM_COLUMNS = {
  ...ASSET_COLUMNS,
  acquisitionCost: ASSET_COLUMNS.cost,
  custodianName: ASSET_COLUMNS.custodian,
  minimumServiceLifeYears: ASSET_COLUMNS.serviceLife,
  locationId: ASSET_COLUMNS.location,
};

export const REQUIRED_ASSET_FIELDS: readonly AssetField[] = ['propertyNumber', 'acquisitionDate', 'cost', 'location'];

/** One line as the register takes it, with the center above its location. */
export type ImportedAsset = RegisterAssetDto & { propertyNumber: string; siteId: string };

/** A location in use: its id and the center (site) above it. */
export interface ImportPlace {
  locationId: string;
  siteId: string;
}

/** A location's path of names (`鳳山行政中心 前棟 2樓 第一會議室`) or codes (`FS-FRONT-2F-201`) → place. */
export type ImportPlaces = Map<string, ImportPlace>;

const SHORT_SERIAL = 5;
const AMOUNT = /^\d+(\.0+)?$/;

/**
 * The line's property number: a whole `3140101-03-000123` in 財產編號, or the category code (in
 * 財產編號 or 分類編號) and the serial in 財產分號, as registers that split them write it.
 */
function propertyNumberOf(read: LineReader<AssetField>): string | null {
  const number = read.required('propertyNumber');
  if (!number || PROPERTY_NUMBER.test(number)) return number || null;
  const categoryCode = CATEGORY_CODE.test(number) ? number : read.text('categoryCode');
  const serial = read.text('serial');
  if (categoryCode && serial && /^\d{1,6}$/.test(serial)) {
    return `${categoryCode}-${serial.padStart(SHORT_SERIAL, '0')}`;
  }
  read.problem(
    'propertyNumber',
    'asset_import.bad_property_number',
    `財產編號 "${number}" is not a category code and a 5- or 6-digit serial (3140101-03-000123), nor a category code with 財產分號`,
  );
  return null;
}

function wholeNumber(read: LineReader<AssetField>, field: AssetField, value: string | null): number | undefined {
  if (value === null) return undefined;
  const plain = value.replace(/[,\s]/g, '').replace(/^(NT)?\$/i, '');
  if (AMOUNT.test(plain)) return Number.parseInt(plain, 10);
  read.problem(field, 'asset_import.bad_number', `${ASSET_COLUMNS[field][0]} "${value}" is not a whole number`);
  return undefined;
}

function acquisitionDateOf(read: LineReader<AssetField>): string {
  const date = read.date('acquisitionDate');
  return date ? isoDateOf(inZone(date, TAIPEI_ZONE)) : '';
}

function placeOf(read: LineReader<AssetField>, places: ImportPlaces): ImportPlace | null {
  const value = read.required('location');
  const place = places.get(value.replace(/\s+/g, ' '));
  if (value && !place) {
    read.problem('location', 'asset_import.unknown_location', `存置地點 "${value}" is not a location in use`);
  }
  return place ?? null;
}

function checkNumberOnce(read: LineReader<AssetField>, number: string | null, seen: Set<string>): void {
  if (number && seen.has(number)) {
    read.problem('propertyNumber', 'asset_import.number_repeated', `財產編號 ${number} appears twice in the file`);
  }
  if (number) seen.add(number);
}

function readLine(row: SheetRow, places: ImportPlaces, seen: Set<string>, custodianAgencyId: string) {
  const read = new LineReader(row, ASSET_COLUMNS);
  const propertyNumber = propertyNumberOf(read);
  checkNumberOnce(read, propertyNumber, seen);
  const quantity = wholeNumber(read, 'quantity', read.text('quantity'));
  if (quantity !== undefined && quantity !== 1) {
    read.problem('quantity', 'asset_import.quantity_not_one', `數量 is ${quantity}; each line registers one asset`);
  }
  const acquisitionDate = acquisitionDateOf(read);
  const acquisitionCost = wholeNumber(read, 'cost', read.required('cost'));
  const minimumServiceLifeYears = wholeNumber(read, 'serviceLife', read.text('serviceLife'));
  const place = placeOf(read, places);
  const values: ImportedAsset = {
    propertyNumber: propertyNumber ?? '',
    categoryCode: propertyNumber?.replace(/-\d+$/, '') ?? '',
    name: read.text('name') ?? undefined,
    specification: read.text('specification') ?? undefined,
    acquisitionDate,
    acquisitionCost: acquisitionCost ?? 0,
    minimumServiceLifeYears,
    custodianAgencyId,
    locationId: place?.locationId ?? '',
    siteId: place?.siteId ?? '',
    custodianName: read.text('custodian') ?? undefined,
    note: read.text('note') ?? undefined,
  };
  return { values, problems: read.problems };
}

/**
 * The rows of an office's register as import lines for one custodian agency, with every problem
 * the file itself shows (empty or unreadable values, unknown locations, a number twice). The
 * register's own rules (classification, property or item) are checked on import.
 */
export function assetImportLines(
  rows: SheetRow[],
  places: ImportPlaces,
  custodianAgencyId: string,
): { lines: ImportLine<ImportedAsset>[]; problems: LineProblem[] } {
  const seen = new Set<string>();
  const lines: ImportLine<ImportedAsset>[] = [];
  const problems: LineProblem[] = [];
  for (const row of rows) {
    const line = readLine(row, places, seen, custodianAgencyId);
    if (line.problems.length) problems.push(...line.problems);
    else lines.push({ line: row.line, values: line.values });
  }
  return { lines, problems };
}

/** The lines whose number the register already holds, each named with its number. */
export function alreadyRegistered(lines: ImportLine<ImportedAsset>[], registered: Set<string>): LineProblem[] {
  return lines
    .filter(({ values }) => registered.has(values.propertyNumber))
    .map(({ line, values }) => ({
      line,
      field: 'propertyNumber',
      code: 'asset_import.number_registered',
      message: `財產編號 ${values.propertyNumber} is already in the register`,
    }));
}
