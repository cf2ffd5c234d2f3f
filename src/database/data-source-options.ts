import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/app-config.schema';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Entities are found by file name so that a new feature module needs no registration here. */
export function dataSourceOptions(
  url: string,
  config: Pick<DatabaseConfig, 'poolSize' | 'statementTimeoutMs' | 'connectTimeoutMs'>,
): DataSourceOptions {
  // The tree this file runs from: the repository for TypeScript (tests), or the build output.
  const base = join(__dirname, '..', '..');
  const extension = __filename.endsWith('.js') ? 'js' : 'ts';
  return {
    type: 'postgres',
    url,
    entities: [join(base, 'src', '**', `*.entity.${extension}`)],
    migrations: [join(base, 'migrations', `*.${extension}`)],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: {
      max: config.poolSize,
      connectionTimeoutMillis: config.connectTimeoutMs,
      statement_timeout: config.statementTimeoutMs,
      application_name: 'facilities-ops',
    },
  };
}
