import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrationsUnderLock } from '../src/database/migration-runner';
import { freePort, scratchDataDirectory } from '../test/support/test-database-server';

/** A fresh, migrated database for one benchmark run, and how to get rid of it. */
export interface BenchDatabase {
  url: string;
  name: string;
  describe: string;
  dispose(): Promise<void>;
}

async function runAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates a new database on `DATABASE_URL`'s server, or on an embedded PostgreSQL this process
 * starts in a scratch directory, and applies the project's migrations to it.
 */
export async function createBenchDatabase(log: (message: string) => void): Promise<BenchDatabase> {
  const disposers: Array<() => Promise<void>> = [];
  const dispose = async () => {
    for (const disposer of disposers.reverse())
      await disposer().catch((error: Error) => log(`cleanup: ${error.message}`));
  };
  try {
    let adminUrl: string;
    let describe: string;
    if (process.env.DATABASE_URL) {
      const admin = new URL(process.env.DATABASE_URL);
      admin.pathname = '/postgres';
      adminUrl = admin.toString();
      describe = `DATABASE_URL server ${admin.host}`;
    } else {
      const dataDir = scratchDataDirectory();
      const port = await freePort();
      const server = await startEmbeddedPostgres({ dataDir, port, log });
      disposers.push(async () => {
        await server.stop();
        const { rmSync } = await import('node:fs');
        rmSync(dataDir, { recursive: true, force: true });
      });
      adminUrl = server.adminUrl;
      describe = `embedded PostgreSQL on 127.0.0.1:${port}`;
    }
    const name = `facilities_bench_${randomBytes(4).toString('hex')}`;
    await runAdmin(adminUrl, `CREATE DATABASE ${name}`);
    disposers.push(() => runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const dataSource = await new DataSource(
      dataSourceOptions(url.toString(), { poolSize: 2, statementTimeoutMs: 0, connectTimeoutMs: 10_000 }),
    ).initialize();
    try {
      await runMigrationsUnderLock(dataSource);
    } finally {
      await dataSource.destroy();
    }
    return { url: url.toString(), name, describe, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
