import { BadRequestError, UnprocessableError } from '../errors/domain-error';
import { ImportOutcome } from './import-lines';

export class UnreadableImportFileError extends BadRequestError {
  constructor(reason: string) {
    super('import.unreadable_file', `the file cannot be read as CSV or XLSX: ${reason}`);
  }
}

/** A file longer than an import reads at once: the office splits it (by year, say) and imports each part. */
export class TooManyImportLinesError extends UnprocessableError {
  constructor(max: number) {
    super('import.too_many_lines', `the file has more than ${max} data lines: split it into files of at most ${max}`, {
      fields: [{ field: 'file', code: 'import.too_many_lines', message: `more than ${max} lines`, params: { max } }],
    });
  }
}

/** The heading row lacks columns the kind of record needs. */
export class MissingColumnsError extends BadRequestError {
  constructor(columns: string[]) {
    super('import.missing_columns', `the heading row lacks ${columns.join('、')}`, {
      fields: columns.map((column) => ({
        field: 'file',
        code: 'import.missing_column',
        message: `column ${column} is missing`,
        params: { column },
      })),
    });
  }
}

/** A commit that found problems: nothing was written; the body lists every problem by line. */
export class ImportRefusedError extends UnprocessableError {
  constructor(report: ImportOutcome) {
    super('import.refused', `the file was not imported: ${report.problems.length} problem(s)`, { ...report });
  }
}
