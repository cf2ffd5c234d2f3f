/** The fields of a PostgreSQL error that the service reads (pg's DatabaseError). */
export interface PostgresError {
  code: string;
  constraint?: string;
  detail?: string;
  table?: string;
  column?: string;
}

/** The PostgreSQL error behind an error, whether TypeORM wrapped it (`driverError`) or not. */
export function postgresErrorOf(error: unknown): PostgresError | undefined {
  const candidate = (error as { driverError?: unknown })?.driverError ?? error;
  const code = (candidate as { code?: unknown })?.code;
  return typeof code === 'string' ? (candidate as PostgresError) : undefined;
}
