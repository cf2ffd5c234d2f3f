import { ImportLine, LineProblem } from '../../common/import/import-lines';
import { Columns, LineReader } from '../../common/import/line-reader';
import { SheetRow } from '../../common/import/spreadsheet';
import { ImportedCase } from '../../maintenance/tickets/ticket-import.service';

type CaseField =
  'number' | 'receivedAt' | 'agency' | 'trade' | 'title' | 'description' | 'spot' | 'closedAt' | 'vendor';

export const CASE_COLUMNS: Columns<CaseField> = {
  number: ['案件編號', '編號'],
  receivedAt: ['報修時間', '報修日期'],
  agency: ['報修機關', '機關'],
  trade: ['類別', '工項'],
  title: ['報修事項', '案由'],
  description: ['說明', '內容'],
  spot: ['地點', '報修地點'],
  closedAt: ['結案時間', '結案日期'],
  vendor: ['處理廠商', '廠商'],
};

export const REQUIRED_CASE_FIELDS: readonly CaseField[] = ['number', 'receivedAt', 'agency', 'trade', 'title', 'spot'];

export interface CaseLookups {
  /** Agency code or name → id. */
  agencies: Map<string, string>;
  /** Trade name (水電) or code → code. */
  trades: Map<string, string>;
}

/** The rows of a file of repair cases as import lines, with every line's problems. */
export function repairCaseLines(
  rows: SheetRow[],
  lookups: CaseLookups,
): { lines: ImportLine<ImportedCase>[]; problems: LineProblem[] } {
  const lines: ImportLine<ImportedCase>[] = [];
  const problems: LineProblem[] = [];
  for (const row of rows) {
    const read = new LineReader(row, CASE_COLUMNS);
    const title = read.required('title');
    const values: ImportedCase = {
      number: read.required('number'),
      receivedAt: read.date('receivedAt') as Date,
      agencyId: read.reference('agency', lookups.agencies),
      tradeCode: read.reference('trade', lookups.trades),
      title,
      description: read.text('description') ?? title,
      spotText: read.required('spot'),
      closedAt: read.date('closedAt', false),
      vendorName: read.text('vendor'),
    };
    if (read.problems.length) problems.push(...read.problems);
    else lines.push({ line: row.line, values });
  }
  return { lines, problems };
}
