import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/load-app-config';
import { fromProjectRoot } from '../config/project-root';
import { dataSourceOptions } from '../database/data-source-options';
import { resolveDatabaseLocation } from '../database/database-location';
import { runMigrationsUnderLock } from '../database/migration-runner';
import { pendingSchemaChanges, writeMigration } from '../database/migration-writer';
import { createScratchDatabase } from '../database/scratch-database';

const USAGE = 'usage: migrate run | revert | generate <Name> | check';

async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const config = loadAppConfig();
  const dataSource = await new DataSource(dataSourceOptions(url, config.database)).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Migrates a fresh scratch database and returns what the entities still want changed. */
async function diffFromScratch(url: string) {
  const scratch = await createScratchDatabase(url, 'migration_check');
  try {
    return await withDataSource(scratch.url, async (dataSource) => {
      await runMigrationsUnderLock(dataSource);
      return pendingSchemaChanges(dataSource);
    });
  } finally {
    await scratch.drop();
  }
}

async function main(command: string | undefined, argument: string | undefined): Promise<number> {
  const location = await resolveDatabaseLocation(loadAppConfig());
  try {
    switch (command) {
      case 'run': {
        const applied = await withDataSource(location.url, runMigrationsUnderLock);
        console.log(
          applied.length
            ? `applied: ${applied.map((migration) => migration.name).join(', ')}`
            : 'no pending migrations',
        );
        return 0;
      }
      case 'revert':
        await withDataSource(location.url, (dataSource) => dataSource.undoLastMigration({ transaction: 'each' }));
        console.log('reverted the last migration');
        return 0;
      case 'generate': {
        if (!argument || !/^[A-Za-z][A-Za-z0-9]*$/.test(argument))
          throw new Error('generate needs a PascalCase name, e.g. generate AddVehicles');
        const changes = await diffFromScratch(location.url);
        if (!changes.up.length) {
          console.log('entities and migrations agree; nothing to generate');
          return 0;
        }
        console.log(`wrote ${writeMigration(fromProjectRoot('migrations'), argument, changes)}`);
        return 0;
      }
      case 'check': {
        const changes = await diffFromScratch(location.url);
        if (!changes.up.length) {
          console.log('migrations match the entities');
          return 0;
        }
        console.error('entities and migrations have drifted; run `npm run migration:generate -- <Name>`. Missing:');
        for (const statement of changes.up) console.error(`  ${statement.query}`);
        return 1;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } finally {
    await location.stopEmbedded();
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`migrate failed: ${error.message}`);
    process.exit(1);
  },
);
