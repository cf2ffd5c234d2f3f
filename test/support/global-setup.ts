import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../../src/config/load-app-config';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { runMigrationsUnderLock } from '../../src/database/migration-runner';
import { freePort, scratchDataDirectory, TEMPLATE_DATABASE } from './test-database-server';

type Teardown = () => Promise<void>;
const globals = globalThis as typeof globalThis & { __testDatabaseTeardown?: Teardown };

async function withClient(url: string, work: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Starts one PostgreSQL for the whole run (embedded, unless DATABASE_URL names a server), migrates a
 * template database once, and tells the test files where it is. Each file clones the template.
 * Every project that needs a database calls this; the first call starts the server and the others
 * reuse it, so that no server is left running without a teardown (Jest would never exit).
 */
export default async function globalSetup(): Promise<void> {
  if (globals.__testDatabaseTeardown) return;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    adminUrl = url.toString();
    globals.__testDatabaseTeardown = async () => undefined;
  } else {
    const dataDir = scratchDataDirectory();
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    adminUrl = server.adminUrl;
    globals.__testDatabaseTeardown = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  const dataSource = await new DataSource(
    dataSourceOptions(templateUrl.toString(), loadAppConfig({}).database),
  ).initialize();
  await runMigrationsUnderLock(dataSource);
  await dataSource.destroy();
  process.env.TEST_DATABASE_ADMIN_URL = adminUrl;
}

/** Stops the run's server once, whichever project's teardown comes first. */
export async function teardownTestDatabase(): Promise<void> {
  const teardown = globals.__testDatabaseTeardown;
  globals.__testDatabaseTeardown = undefined;
  await teardown?.();
}
