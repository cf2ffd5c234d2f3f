import { EntityManager } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { DomainError } from '../errors/domain-error';
import { mapPostgresError } from '../errors/postgres-error-mapper';

/** One data line of an imported file; `line` is its row number in the file (the heading is row 1). */
export interface ImportLine<T> {
  line: number;
  values: T;
}

/** Why a line (or, with `line` null, the file as a whole) cannot be imported. */
export interface LineProblem {
  line: number | null;
  field?: string;
  /** The file's heading of `field`, as the office reads it. */
  column?: string;
  code: string;
  message: string;
  /** The rule's values for the message (`{ value: '112/02/30' }`). */
  params?: Record<string, unknown>;
}

export interface ImportOutcome {
  /** Whether the lines were written (false for a preview and for a refused file). */
  committed: boolean;
  lines: number;
  problems: LineProblem[];
}

/**
 * Lines per savepoint for an import whose lines keep no state outside the database: a hundred
 * makes the savepoints' round trips negligible while a refused batch, run again line by line,
 * costs at most a hundred lines twice.
 */
export const IMPORT_LINES_PER_SAVEPOINT = 100;

/** Checks and writes one line inside the import's transaction; a refused line throws. */
type ImportOne<T> = (manager: EntityManager, line: ImportLine<T>) => Promise<void>;

/** Rolls the transaction back while carrying the outcome out of it. */
class RollBack extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('import rolled back');
  }
}

/** The first field an error's details name (a constraint's declared field included), if any. */
function fieldOf(details: Record<string, unknown> | undefined): string | undefined {
  return (details?.fields as { field: string }[] | undefined)?.[0]?.field;
}

function problemOf(line: number, error: unknown): LineProblem {
  if (error instanceof DomainError) {
    return { line, field: fieldOf(error.details), code: error.code, message: error.message };
  }
  const mapped = mapPostgresError(error);
  if (mapped && mapped.statusCode < 500) {
    return { line, field: fieldOf(mapped.details), code: mapped.code, message: mapped.message };
  }
  throw error;
}

/**
 * Imports a file's lines all or nothing, in one transaction: each line runs under a savepoint so
 * that a refused line is reported and the next one still checked; `checkAll` then looks at the
 * lines together (e.g. serials gap-free per year). With any problem, or for a preview, the whole
 * transaction is rolled back; the outcome lists every problem by line either way.
 *
 * Two statements of savepoint per line were most of a large file's round trips, so a caller whose
 * `importOne` keeps no state outside the database may pass `linesPerSavepoint`: a batch of lines
 * then runs under one savepoint, and a batch that fails is rolled back and run again line by line,
 * which gives the same problems as if every line had had its own savepoint.
 */
export async function importLines<T>(
  transactions: TransactionRunner,
  lines: ImportLine<T>[],
  commit: boolean,
  importOne: ImportOne<T>,
  checkAll: (manager: EntityManager) => Promise<LineProblem[]> = () => Promise.resolve([]),
  linesPerSavepoint = 1,
): Promise<ImportOutcome> {
  try {
    return await transactions.run(async (manager) => {
      const problems: LineProblem[] = [];
      for (let start = 0; start < lines.length; start += linesPerSavepoint) {
        const batch = lines.slice(start, start + linesPerSavepoint);
        if (batch.length > 1 && (await importedTogether(manager, batch, importOne))) continue;
        for (const line of batch) {
          const problem = await importedAlone(manager, line, importOne);
          if (problem) problems.push(problem);
        }
      }
      if (!problems.length) problems.push(...(await checkAll(manager)));
      const outcome = { committed: commit && !problems.length, lines: lines.length, problems };
      if (!outcome.committed) throw new RollBack(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof RollBack) return error.outcome;
    throw error;
  }
}

/** Imports the line under its own savepoint; a refused line is rolled back and its problem returned. */
async function importedAlone<T>(
  manager: EntityManager,
  line: ImportLine<T>,
  importOne: ImportOne<T>,
): Promise<LineProblem | null> {
  await manager.query('SAVEPOINT import_line');
  try {
    await importOne(manager, line);
    await manager.query('RELEASE SAVEPOINT import_line');
    return null;
  } catch (error) {
    await manager.query('ROLLBACK TO SAVEPOINT import_line');
    return problemOf(line.line, error);
  }
}

/** Whether every line of the batch went in; if not, none of them did. */
async function importedTogether<T>(
  manager: EntityManager,
  batch: ImportLine<T>[],
  importOne: ImportOne<T>,
): Promise<boolean> {
  await manager.query('SAVEPOINT import_batch');
  try {
    for (const line of batch) await importOne(manager, line);
    await manager.query('RELEASE SAVEPOINT import_batch');
    return true;
  } catch {
    await manager.query('ROLLBACK TO SAVEPOINT import_batch');
    await manager.query('RELEASE SAVEPOINT import_batch');
    return false;
  }
}
