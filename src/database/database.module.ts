import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.schema';
import { dataSourceOptions } from './data-source-options';
import { DatabaseLocation, resolveDatabaseLocation } from './database-location';
import { runMigrationsUnderLock } from './migration-runner';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  providers: [{ provide: DatabaseLocation, inject: [AppConfig], useFactory: resolveDatabaseLocation }],
  exports: [DatabaseLocation],
})
class DatabaseLocationModule {}

/** The TypeORM connection; pending migrations are applied at boot under an advisory lock. */
@Global()
@Module({
  imports: [
    DatabaseLocationModule,
    TypeOrmModule.forRootAsync({
      imports: [DatabaseLocationModule],
      inject: [AppConfig, DatabaseLocation],
      useFactory: (config: AppConfig, location: DatabaseLocation) => dataSourceOptions(location.url, config.database),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        await runMigrationsUnderLock(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [TransactionRunner],
  exports: [DatabaseLocationModule, TransactionRunner],
})
export class DatabaseModule {}
