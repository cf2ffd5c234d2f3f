import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../../src/config/load-app-config';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { runMigrationsUnderLock } from '../../src/database/migration-runner';
import { pendingSchemaChanges } from '../../src/database/migration-writer';
import { createScratchDatabase } from '../../src/database/scratch-database';

async function userTables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1",
    );
    return result.rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_ADMIN_URL!, 'migration_test');
    dataSource = await new DataSource(dataSourceOptions(scratch.url, loadAppConfig({}).database)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await scratch.drop();
  });

  it('apply from an empty database, match the entities, revert to empty and apply again', async () => {
    const applied = await runMigrationsUnderLock(dataSource);
    expect(applied.length).toBe(dataSource.migrations.length);
    expect(await userTables(scratch.url)).toEqual(
      expect.arrayContaining(['agencies', 'users', 'locations', 'audit_entries', 'job_runs']),
    );
    expect((await pendingSchemaChanges(dataSource)).up).toEqual([]);

    for (let index = 0; index < applied.length; index++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await userTables(scratch.url)).toEqual([]);

    expect(await runMigrationsUnderLock(dataSource)).toHaveLength(applied.length);
  });

  it('apply each migration once when two instances start together', async () => {
    const second = await createScratchDatabase(process.env.TEST_DATABASE_ADMIN_URL!, 'migration_race');
    const options = dataSourceOptions(second.url, loadAppConfig({}).database);
    const instances = await Promise.all([new DataSource(options).initialize(), new DataSource(options).initialize()]);
    try {
      const results = await Promise.all(instances.map((instance) => runMigrationsUnderLock(instance)));
      expect(results.map((applied) => applied.length).sort()).toEqual([0, instances[0].migrations.length]);
    } finally {
      await Promise.all(instances.map((instance) => instance.destroy()));
      await second.drop();
    }
  });
});
