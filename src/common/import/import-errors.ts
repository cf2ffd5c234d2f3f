import { BadRequestError, UnprocessableError } from '../errors/domain-error';
import { ImportOutcome } from './import-lines';

export class UnreadableImportFileError extends BadRequestError {
  constructor(reason: string) {
    super('import.unreadable_file', `the file cannot be read as CSV or XLSX: ${reason}`);
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
