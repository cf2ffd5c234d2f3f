import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AgenciesModule } from './agencies/agencies.module';
import { AssetsModule } from './assets/assets.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { GlobalExceptionFilter } from './common/errors/global-exception.filter';
import { TimeModule } from './common/time/time.module';
import { createValidationPipe } from './common/validation/validation-pipe';
import { WarmUpModule } from './common/warm-up/warm-up.module';
import { AppConfigModule } from './config/app-config.module';
import { AppConfig } from './config/app-config.schema';
import { DatabaseModule } from './database/database.module';
import { DivisionRecordsModule } from './division-records/division-records.module';
import { DormitoriesModule } from './dormitories/dormitories.module';
import { FiguresModule } from './figures/figures.module';
import { FleetModule } from './fleet/fleet.module';
import { HealthModule } from './health/health.module';
import { HistoricalImportModule } from './historical-import/historical-import.module';
import { JobsModule } from './jobs/jobs.module';
import { LocationsModule } from './locations/locations.module';
import { MailModule } from './mail/mail.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ParkingModule } from './parking/parking.module';
import { SeedModule } from './seed/seed.module';
import { SettingsModule } from './settings/settings.module';
import { TradesModule } from './trades/trades.module';
import { UsersModule } from './users/users.module';
import { VehicleReviewsModule } from './vehicle-reviews/vehicle-reviews.module';
import { VenuesModule } from './venues/venues.module';

@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logging.level,
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          customProps: () => ({ service: 'facilities-ops' }),
        },
      }),
    }),
    DatabaseModule,
    TimeModule,
    AuditModule,
    JobsModule,
    MailModule,
    SettingsModule,
    AuthModule,
    AgenciesModule,
    UsersModule,
    LocationsModule,
    TradesModule,
    NotificationsModule,
    HealthModule,
    SeedModule,
    MaintenanceModule,
    DormitoriesModule,
    FleetModule,
    ParkingModule,
    AssetsModule,
    VenuesModule,
    FiguresModule,
    DivisionRecordsModule,
    HistoricalImportModule,
    VehicleReviewsModule,
    WarmUpModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: GlobalExceptionFilter },
  ],
})
export class AppModule {}
