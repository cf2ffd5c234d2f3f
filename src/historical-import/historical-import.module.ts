import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { DormitoriesModule } from '../dormitories/dormitories.module';
import { FleetModule } from '../fleet/fleet.module';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { ParkingModule } from '../parking/parking.module';
import { TradesModule } from '../trades/trades.module';
import { VenuesModule } from '../venues/venues.module';
import { CarTripImporter } from './car-trips/car-trip-importer';
import { HistoricalImportController } from './historical-import.controller';
import { HistoricalImportService } from './historical-import.service';
import { HISTORICAL_IMPORTERS, HistoricalImporter } from './historical-importer';
import { ParkingPermitImporter } from './parking-permits/parking-permit-importer';
import { RepairCaseImporter } from './repair-cases/repair-case-importer';
import { ResidenceCheckImporter } from './residence-checks/residence-check-importer';
import { VenueBookingImporter } from './venue-bookings/venue-booking-importer';

const IMPORTERS = [
  RepairCaseImporter,
  CarTripImporter,
  VenueBookingImporter,
  ParkingPermitImporter,
  ResidenceCheckImporter,
];

/** Import of earlier years' records from spreadsheets; each owning module writes its own rows. */
@Module({
  imports: [
    MaintenanceModule,
    AgenciesModule,
    TradesModule,
    FleetModule,
    VenuesModule,
    ParkingModule,
    DormitoriesModule,
  ],
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
