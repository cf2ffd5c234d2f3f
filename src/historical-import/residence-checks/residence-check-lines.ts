import { ImportLine, LineProblem } from '../../common/import/import-lines';
import { Columns, LineReader } from '../../common/import/line-reader';
import { SheetRow } from '../../common/import/spreadsheet';
import { ImportedResidenceCheck } from '../../dormitories/residence-checks/residence-check-import.service';

type CheckField = 'year' | 'half' | 'dormitory' | 'unit' | 'occupant' | 'outcome' | 'checkedAt' | 'note';

export const CHECK_COLUMNS: Columns<CheckField> = {
  year: ['年度', '查考年度'],
  half: ['期別', '上下半年'],
  dormitory: ['宿舍', '宿舍名稱', '宿舍代碼'],
  unit: ['房號', '單元'],
  occupant: ['住戶姓名', '住戶', '借用人'],
  outcome: ['查考結果', '結果'],
  checkedAt: ['查考日期', '查考時間'],
  note: ['備註', '說明'],
};

export const REQUIRED_CHECK_FIELDS: readonly CheckField[] = [
  'year',
  'half',
  'dormitory',
  'unit',
  'occupant',
  'outcome',
  'checkedAt',
];

/** How the office's files write the half of a round. */
const HALVES = new Map<string, string>([
  ['上半年', '1'],
  ['上', '1'],
  ['1', '1'],
  ['H1', '1'],
  ['下半年', '2'],
  ['下', '2'],
  ['2', '2'],
  ['H2', '2'],
]);

/** How the office's files write an outcome: the words of the dormitories page, or the code. */
const OUTCOMES = new Map<string, string>([
  ['確有居住', 'living_there'],
  ['居住', 'living_there'],
  ['living_there', 'living_there'],
  ['未居住', 'not_living_there'],
  ['not_living_there', 'not_living_there'],
  ['未遇', 'unreachable'],
  ['unreachable', 'unreachable'],
]);

/** The rows of a file of residence checks as import lines, with every line's problems. */
export function residenceCheckLines(rows: SheetRow[]): {
  lines: ImportLine<ImportedResidenceCheck>[];
  problems: LineProblem[];
} {
  const lines: ImportLine<ImportedResidenceCheck>[] = [];
  const problems: LineProblem[] = [];
  for (const row of rows) {
    const read = new LineReader(row, CHECK_COLUMNS);
    const year = read.required('year').replace(/年(度)?$/, '');
    const values: ImportedResidenceCheck = {
      campaignCode: `${year}-H${read.reference('half', HALVES)}`,
      dormitory: read.required('dormitory'),
      unitCode: read.required('unit'),
      occupantName: read.required('occupant'),
      outcome: read.reference('outcome', OUTCOMES) as ImportedResidenceCheck['outcome'],
      checkedAt: read.date('checkedAt') as Date,
      note: read.text('note'),
    };
    if (read.problems.length) problems.push(...read.problems);
    else lines.push({ line: row.line, values });
  }
  return { lines, problems };
}
