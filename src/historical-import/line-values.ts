import { AgenciesService } from '../agencies/agencies.service';
import { ImportLine, LineProblem } from '../common/import/import-lines';
import { byCodeAndName } from '../common/import/import-outcome';
import { Columns, LineReader } from '../common/import/line-reader';
import { NamedLookup } from '../common/import/named-lookup';
import { SheetRow } from '../common/import/spreadsheet';
import { parseRecordDateTime } from '../common/time';

/** A file's rows as import lines, each read by `valuesOf`, and every line's problems. */
export function readLines<F extends string, T>(
  rows: SheetRow[],
  columns: Columns<F>,
  valuesOf: (read: LineReader<F>) => T,
): { lines: ImportLine<T>[]; problems: LineProblem[] } {
  const lines: ImportLine<T>[] = [];
  const problems: LineProblem[] = [];
  for (const row of rows) {
    const read = new LineReader(row, columns);
    const values = valuesOf(read);
    if (read.problems.length) problems.push(...read.problems);
    else lines.push({ line: row.line, values });
  }
  return { lines, problems };
}

/** An optional whole number of at least `min` (kilometres, people), or a problem naming the value. */
export function wholeNumber<F extends string>(read: LineReader<F>, field: F, min: number): number | null {
  const value = read.text(field);
  if (value === null) return null;
  const number = Number(value.replace(/,/g, ''));
  if (Number.isInteger(number) && number >= min) return number;
  read.problem(field, 'import.bad_number', `"${value}" is not a whole number of at least ${min}`, { value });
  return null;
}

const TIME_ONLY = /^\d{1,2}:\d{2}$/;

/**
 * A time that a file writes either whole (`112/03/05 14:05`) or as a time of the day in its own
 * column beside a date column (`14:05` on `112/03/05`). A date it cannot read is named once, on
 * the date's column.
 */
export function dateAndTime<F extends string>(read: LineReader<F>, dayField: F, timeField: F): Date | null {
  const time = read.required(timeField);
  const day = read.text(dayField);
  if (!time) return null;
  const onDay = day !== null && TIME_ONLY.test(time);
  if (onDay && !readable(day)) {
    if (!read.problems.some((problem) => problem.field === dayField))
      read.problem(dayField, 'import.bad_date', `"${day}" is not a date like 112/03/05`, { value: day });
    return null;
  }
  const value = onDay ? `${day} ${time}` : time;
  if (readable(value)) return parseRecordDateTime(value);
  read.problem(timeField, 'import.bad_date', `"${value}" is not a date like 112/03/05 14:05`, { value });
  return null;
}

function readable(text: string): boolean {
  try {
    parseRecordDateTime(text);
    return true;
  } catch {
    return false;
  }
}

/** Refuses a window that does not end after it starts, on the end's column. */
export function checkWindow<F extends string>(read: LineReader<F>, endField: F, start: Date | null, end: Date | null) {
  if (start && end && end <= start)
    read.problem(endField, 'import.ends_before_start', 'the end is not after the start');
}

/** The agencies a file names under `headings`, by their code and by their name, to their id. */
export async function agencyLookup(
  agencies: AgenciesService,
  rows: SheetRow[],
  headings: readonly string[],
): Promise<Map<string, string>> {
  const keys = [...new Set(rows.flatMap((row) => headings.map((heading) => row.cells[heading])).filter(Boolean))];
  return byCodeAndName(await agencies.findByCodesOrNames(keys), (agency) => agency.id);
}

/** The id a code or name finds, or a problem: a name several records share asks for the code. */
export function namedReference<F extends string>(read: LineReader<F>, field: F, lookup: NamedLookup): string {
  const value = read.text(field);
  if (value === null || !lookup.sharedNames.has(value)) return read.reference(field, lookup.byKey);
  read.problem(field, 'import.ambiguous_reference', `several records are called "${value}": write the code`, { value });
  return '';
}
