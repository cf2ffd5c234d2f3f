import { ImportLine, LineProblem } from '../../common/import/import-lines';
import { Columns, LineReader } from '../../common/import/line-reader';
import { SheetRow } from '../../common/import/spreadsheet';
import { VehicleType } from '../../common/plates/taiwan-plate';
import { taipeiDate } from '../../common/time';
import { ImportedPermit } from '../../parking/permits/permit-import.service';

type PermitField =
  | 'serial'
  | 'lot'
  | 'plate'
  | 'vehicleType'
  | 'visitor'
  | 'phone'
  | 'agency'
  | 'purpose'
  | 'validFrom'
  | 'validTo'
  | 'issuedAt'
  | 'revokedAt'
  | 'revocationReason';

export const PERMIT_COLUMNS: Columns<PermitField> = {
  serial: ['停車證號碼', '證號', '停車證編號'],
  lot: ['停車場'],
  plate: ['車牌號碼', '車號'],
  vehicleType: ['車種'],
  visitor: ['來賓姓名', '來賓', '訪客姓名'],
  phone: ['聯絡電話', '電話'],
  agency: ['洽公機關', '受訪機關'],
  purpose: ['事由', '洽公事由'],
  validFrom: ['使用日期起', '使用日期', '有效日期起'],
  validTo: ['使用日期迄', '有效日期迄'],
  issuedAt: ['核發時間', '核發日期'],
  revokedAt: ['註銷時間', '註銷日期', '撤銷時間'],
  revocationReason: ['註銷原因', '撤銷原因'],
};

export const REQUIRED_PERMIT_FIELDS: readonly PermitField[] = [
  'serial',
  'lot',
  'plate',
  'vehicleType',
  'agency',
  'validFrom',
  'issuedAt',
];

export interface PermitLookups {
  /** Lot code or name → code. */
  lots: Map<string, string>;
  /** Agency code or name → id. */
  agencies: Map<string, string>;
  /** Vehicle type label (小型汽車) or code → code. */
  vehicleTypes: Map<string, string>;
}

/** The rows of a file of parking permits as import lines, with every line's problems. */
export function parkingPermitLines(
  rows: SheetRow[],
  lookups: PermitLookups,
): { lines: ImportLine<ImportedPermit>[]; problems: LineProblem[] } {
  const lines: ImportLine<ImportedPermit>[] = [];
  const problems: LineProblem[] = [];
  for (const row of rows) {
    const read = new LineReader(row, PERMIT_COLUMNS);
    const validFrom = read.date('validFrom');
    const validTo = read.date('validTo', false) ?? validFrom;
    const revokedAt = read.date('revokedAt', false);
    const values: ImportedPermit = {
      serial: read.required('serial'),
      lotCode: read.reference('lot', lookups.lots),
      plate: read.required('plate'),
      vehicleType: read.reference('vehicleType', lookups.vehicleTypes) as VehicleType,
      visitorName: read.text('visitor'),
      visitorPhone: read.text('phone'),
      agencyVisitedId: read.reference('agency', lookups.agencies),
      purpose: read.text('purpose'),
      validFrom: validFrom ? taipeiDate(validFrom) : '',
      validTo: validTo ? taipeiDate(validTo) : '',
      issuedAt: read.date('issuedAt') as Date,
      revokedAt,
      revocationReason: revokedAt ? read.text('revocationReason') : null,
    };
    if (read.problems.length) problems.push(...read.problems);
    else lines.push({ line: row.line, values });
  }
  return { lines, problems };
}
