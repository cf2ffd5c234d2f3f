import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { TradesModule } from '../trades/trades.module';
import { HistoricalImportController } from './historical-import.controller';
import { HistoricalImportService } from './historical-import.service';
import { HISTORICAL_IMPORTERS, HistoricalImporter } from './historical-importer';
import { RepairCaseImporter } from './repair-cases/repair-case-importer';

const IMPORTERS = [RepairCaseImporter];

/** Import of earlier years' records from spreadsheets; each owning module writes its own rows. */
@Module({
  imports: [MaintenanceModule, AgenciesModule, TradesModule],
  controllers: [HistoricalImportController],
  providers: [
    HistoricalImportService,
    ...IMPORTERS,
    {
      provide: HISTORICAL_IMPORTERS,
      useFactory: (...importers: HistoricalImporter[]) => importers,
      inject: IMPORTERS,
    },
  ],
})
export class HistoricalImportModule {}
