import { MissingColumnsError } from './import-errors';
import { ImportOutcome, LineProblem } from './import-lines';
import { Columns, missingColumns } from './line-reader';
import { SheetRow } from './spreadsheet';

/** Refuses a file whose heading row lacks a required column, naming each by its heading. */
export function requireColumns<F extends string>(rows: SheetRow[], columns: Columns<F>, required: readonly F[]): void {
  const missing = missingColumns(columns, required, Object.keys(rows[0]?.cells ?? {}));
  if (missing.length) throw new MissingColumnsError(missing);
}

/** A lookup from each record's code and name (as an office's file may write either) to its key. */
export function byCodeAndName<R extends { code: string; name: string }, K>(
  records: R[],
  key: (record: R) => K,
): Map<string, K> {
  return new Map(
    records.flatMap((record) => [
      [record.code, key(record)],
      [record.name, key(record)],
    ]),
  );
}

/**
 * The reading problems and the module's problems in one list, by line. While some lines cannot be
 * read, the module's checks of the file as a whole (numbers without gaps) are left out: they would
 * only echo the missing lines. `columns` names each field a problem may carry by the file's heading.
 */
export function mergedOutcome(
  lines: number,
  readProblems: LineProblem[],
  outcome: ImportOutcome,
  columns: Partial<Columns<string>>,
): ImportOutcome {
  const moduleProblems = (
    readProblems.length ? outcome.problems.filter((problem) => problem.line !== null) : outcome.problems
  ).map((problem) => withColumn(problem, columns));
  const problems = [...readProblems, ...moduleProblems].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { committed: outcome.committed && !readProblems.length, lines, problems };
}

/** A module names its record's field; the office reads the file's heading. */
function withColumn(problem: LineProblem, columns: Partial<Columns<string>>): LineProblem {
  const column = problem.field ? columns[problem.field]?.[0] : undefined;
  return column ? { ...problem, column, params: { column, ...problem.params } } : problem;
}
