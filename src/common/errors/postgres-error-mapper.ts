import { HttpStatus } from '@nestjs/common';
import { answerOf, constraintErrorOf } from './constraint-errors';
import { PostgresError, postgresErrorOf } from './postgres-error';

export interface MappedError {
  statusCode: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

const CONNECTION_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

// TypeORM's own errors when a connection died under a transaction that was still running.
const LOST_CONNECTION_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'ConnectionIsNotSetError']);

function isConnectionFailure(error: unknown, pg: PostgresError | undefined): boolean {
  if (pg && CONNECTION_FAILURES.has(pg.code)) return true;
  if (LOST_CONNECTION_ERRORS.has((error as Error)?.name)) return true;
  const message = (error as Error)?.message ?? '';
  // pg's words for a connection that died: lost mid-query, never made, or lost before this query.
  return /Connection terminated|timeout exceeded when trying to connect|Connection refused|is not queryable/i.test(
    message,
  );
}

/**
 * Maps a PostgreSQL error to an HTTP answer. Constraint names are returned so that clients and
 * feature modules can tell which invariant was broken; PostgreSQL's own text never is, since its
 * detail quotes the failing row or the conflicting key.
 */
export function mapPostgresError(error: unknown): MappedError | undefined {
  const pg = postgresErrorOf(error);
  if (isConnectionFailure(error, pg)) {
    return {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      code: 'database.unavailable',
      message: 'the database is unavailable; try again shortly',
    };
  }
  if (!pg) return undefined;
  // Class 22 is "data exception": a value of the wrong format or out of range (a date beyond the
  // calendar, a time zone displacement, text with a NUL) reached a query; the caller sent it.
  if (pg.code.startsWith('22')) {
    return {
      statusCode: HttpStatus.BAD_REQUEST,
      code: 'value.invalid',
      message: 'a value has the wrong format or is out of range',
    };
  }
  const declared = ['23505', '23514', '23P01'].includes(pg.code) ? constraintErrorOf(pg.constraint) : undefined;
  if (declared) return answerOf(declared, pg.constraint);
  const details = { constraint: pg.constraint };
  switch (pg.code) {
    case '23505':
      return {
        statusCode: HttpStatus.CONFLICT,
        code: 'conflict.unique',
        message: `a record with the same key already exists (${pg.constraint})`,
        details,
      };
    case '23P01':
      return {
        statusCode: HttpStatus.CONFLICT,
        code: 'conflict.overlap',
        message: `the record overlaps an existing one (${pg.constraint})`,
        details,
      };
    case '23503':
    case '23001':
      return {
        statusCode: HttpStatus.UNPROCESSABLE_ENTITY,
        code: 'reference.invalid',
        message: `a referenced record does not exist or is still in use (${pg.constraint})`,
        details,
      };
    case '23514':
      return {
        statusCode: HttpStatus.UNPROCESSABLE_ENTITY,
        code: 'rule.violated',
        message: `the change breaks a rule of the data (${pg.constraint})`,
        details,
      };
    case '23502':
      return {
        statusCode: HttpStatus.UNPROCESSABLE_ENTITY,
        code: 'value.required',
        message: `a required value is missing (${pg.column})`,
        details: { column: pg.column },
      };
    case '57014':
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: 'database.timeout',
        message: 'the database took too long to answer; try again',
      };
    case '40001':
    case '40P01':
      return {
        statusCode: HttpStatus.CONFLICT,
        code: 'conflict.concurrent',
        message: 'a concurrent change got in the way; try again',
      };
    default:
      return undefined;
  }
}
