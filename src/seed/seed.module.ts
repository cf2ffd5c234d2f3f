import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { AssetsModule } from '../assets/assets.module';
import { DormitoriesModule } from '../dormitories/dormitories.module';
import { FleetModule } from '../fleet/fleet.module';
import { LocationsModule } from '../locations/locations.module';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { ParkingModule } from '../parking/parking.module';
import { SettingsModule } from '../settings/settings.module';
import { TradesModule } from '../trades/trades.module';
import { UsersModule } from '../users/users.module';
import { VehicleReviewsModule } from '../vehicle-reviews/vehicle-reviews.module';
import { VenuesModule } from '../venues/venues.module';
import { DemoDataService } from './demo-data.service';
import { SeedService } from './seed.service';

@Module({
  imports: [
    SettingsModule,
    AgenciesModule,
    UsersModule,
    TradesModule,
    LocationsModule,
    ParkingModule,
    DormitoriesModule,
    MaintenanceModule,
    FleetModule,
    AssetsModule,
    VenuesModule,
    VehicleReviewsModule,
  ],
  providers: [SeedService, DemoDataService],
  exports: [SeedService],
})
export class SeedModule {}
