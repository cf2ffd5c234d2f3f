import { ApiError, type Schemas } from '../api/client';
import { toAttachment } from '../files/to-attachment';

/** Why a line of an imported file (or, with `line` null, the file as a whole) cannot be imported. */
export type ImportProblem = Schemas['ImportReportView']['problems'][number];

/** The service's line-by-line report of a checked file, whatever kind of record it holds. */
export interface ImportReport {
  lines: number;
  problems: ImportProblem[];
}

/** A refused import carries the same line-by-line report as a preview, in its 422's details. */
export function refusedReport<R extends ImportReport>(error: unknown): R | undefined {
  return error instanceof ApiError && error.body.code === 'import.refused'
    ? (error.body.details as unknown as R)
    : undefined;
}

/** The chosen file as the import routes take it: its name and its bytes, base64-encoded. */
export async function importFileOf(file: File): Promise<{ fileName: string; dataBase64: string }> {
  const { fileName, dataBase64 } = await toAttachment(file);
  return { fileName, dataBase64 };
}
