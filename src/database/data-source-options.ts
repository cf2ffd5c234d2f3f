import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/app-config.schema';
import { projectRoot } from '../common/project-root';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Entities are found by file name so that a new feature module needs no registration here. */
export function dataSourceOptions(url: string, config: Pick<DatabaseConfig, 'poolSize' | 'statementTimeoutMs' | 'connectTimeoutMs'>): DataSourceOptions {
  const root = projectRoot();
  const compiled = __filename.endsWith('.js');
  const extension = compiled ? 'js' : 'ts';
  const base = compiled ? join(root, 'dist') : root;
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
