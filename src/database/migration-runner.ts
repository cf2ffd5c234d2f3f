import { DataSource, Migration } from 'typeorm';

// Any fixed 64-bit number works; every instance must use the same one.
const MIGRATION_LOCK_KEY = 7_204_417_311;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock on one pinned connection, so
 * that instances starting together apply each migration once. The lock is released on that same
 * connection (a pooled unlock could land elsewhere and leave the lock held).
 */
export async function runMigrationsUnderLock(dataSource: DataSource): Promise<Migration[]> {
  const pinned = dataSource.createQueryRunner();
  await pinned.connect();
  try {
    await pinned.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await pinned.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await pinned.release();
  }
}
