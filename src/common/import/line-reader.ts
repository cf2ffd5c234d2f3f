import { parseRecordDateTime } from '../time';
import { LineProblem } from './import-lines';
import { SheetRow } from './spreadsheet';

/** The headings a field may carry in the office's files, the first being the one named in messages. */
export type Columns<F extends string> = Record<F, readonly string[]>;

/** Required headings that none of the file's rows (nor its heading row) carries. */
export function missingColumns<F extends string>(
  columns: Columns<F>,
  required: readonly F[],
  headings: string[],
): string[] {
  return required
    .filter((field) => !columns[field].some((name) => headings.includes(name)))
    .map((field) => columns[field][0]);
}

/**
 * Reads one row's fields by their Chinese headings, collecting every problem of the line (a
 * missing value, a date it cannot read, an unknown reference) instead of stopping at the first.
 */
export class LineReader<F extends string> {
  readonly problems: LineProblem[] = [];

  constructor(
    private readonly row: SheetRow,
    private readonly columns: Columns<F>,
  ) {}

  text(field: F): string | null {
    const heading = this.columns[field].find((name) => this.row.cells[name] !== undefined);
    const value = heading ? this.row.cells[heading].trim() : '';
    return value === '' ? null : value;
  }

  required(field: F): string {
    const value = this.text(field);
    if (value === null) this.problem(field, 'import.required', `${this.columns[field][0]} is empty`);
    return value ?? '';
  }

  /** A date or date-time in any of the office's forms (`112/03/05 14:05`, `1120305`, `2023-03-05`). */
  date(field: F, required = true): Date | null {
    const value = required ? this.required(field) : this.text(field);
    if (!value) return null;
    try {
      return parseRecordDateTime(value);
    } catch {
      this.problem(
        field,
        'import.bad_date',
        `${this.columns[field][0]} "${value}" is not a date like 112/03/05, 1120305 or 2023-03-05`,
        { value },
      );
      return null;
    }
  }

  /** The id `lookup` finds for the field's value, or a problem naming the value. */
  reference(field: F, lookup: Map<string, string>): string {
    const value = this.required(field);
    const id = lookup.get(value);
    if (value && !id)
      this.problem(field, 'import.unknown_reference', `${this.columns[field][0]} "${value}" is not known here`, {
        value,
      });
    return id ?? '';
  }

  problem(field: F, code: string, message: string, params: Record<string, unknown> = {}): void {
    const column = this.columns[field][0];
    this.problems.push({ line: this.row.line, field, column, code, message, params: { column, ...params } });
  }
}
