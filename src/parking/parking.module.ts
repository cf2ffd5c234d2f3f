import { Module, OnModuleInit } from '@nestjs/common';
import { getOptionsToken, getStorageToken, ThrottlerGuard, ThrottlerModuleOptions } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { JobsService } from '../jobs/jobs.service';
import { UsersModule } from '../users/users.module';
import { ParkingDemoService } from './demo/parking-demo.service';
import { ParkingFiguresController } from './figures/parking-figures.controller';
import { ParkingFiguresProvider } from './figures/parking-figures.provider';
import { ParkingFiguresService } from './figures/parking-figures.service';
import { ParkingLotDay } from './lots/parking-lot-day.entity';
import { ParkingLotOfficer } from './lots/parking-lot-officer.entity';
import { ParkingLot } from './lots/parking-lot.entity';
import { ParkingLotsController } from './lots/parking-lots.controller';
import { ParkingLotsService } from './lots/parking-lots.service';
import { ParkingSettings } from './parking-settings';
import { PermitHousekeepingJob } from './permits/jobs/permit-housekeeping.job';
import { ParkingPermit } from './permits/parking-permit.entity';
import { ParkingPermitsController } from './permits/parking-permits.controller';
import { ParkingSerialCounter } from './permits/parking-serial-counter.entity';
import { PermitImportService } from './permits/permit-import.service';
import { PermitIssueService } from './permits/permit-issue.service';
import { PermitLedger } from './permits/permit-ledger';
import { PermitPdfService } from './permits/permit-pdf.service';
import { PermitQueryService } from './permits/permit-query.service';
import { ParkingVerificationController } from './verification/parking-verification.controller';
import { PostgresThrottlerStorage } from './verification/throttling/postgres-throttler.storage';
import { ParkingThrottleWindow } from './verification/throttling/throttle-window.entity';
// Registers what each of the module's constraints means, for the error mapper.
import './parking-constraints.errors';

const MINUTE_MS = 60_000;

/**
 * Temporary official parking permits (公務臨時停車證). The throttler is wired here rather than with
 * ThrottlerModule (a global module) so that only the public verification route is limited, and
 * its counts live in PostgreSQL.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ParkingLot,
      ParkingLotOfficer,
      ParkingLotDay,
      ParkingSerialCounter,
      ParkingPermit,
      ParkingThrottleWindow,
    ]),
    AgenciesModule,
    UsersModule,
  ],
  controllers: [
    ParkingLotsController,
    ParkingPermitsController,
    ParkingVerificationController,
    ParkingFiguresController,
  ],
  providers: [
    ParkingDemoService,
    ParkingSettings,
    ParkingLotsService,
    PermitLedger,
    PermitIssueService,
    PermitImportService,
    PermitQueryService,
    PermitPdfService,
    ParkingFiguresService,
    ParkingFiguresProvider,
    PermitHousekeepingJob,
    PostgresThrottlerStorage,
    { provide: getStorageToken(), useExisting: PostgresThrottlerStorage },
    {
      provide: getOptionsToken(),
      inject: [ParkingSettings],
      useFactory: (settings: ParkingSettings): ThrottlerModuleOptions => ({
        throttlers: [{ name: 'parking-verify', ttl: MINUTE_MS, limit: settings.values.verifyPerMinute }],
      }),
    },
    ThrottlerGuard,
  ],
  exports: [ParkingLotsService, ParkingDemoService, PermitImportService],
})
export class ParkingModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly housekeeping: PermitHousekeepingJob,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this.housekeeping);
  }
}
