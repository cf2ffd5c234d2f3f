import { Module, OnModuleInit } from '@nestjs/common';
import { getOptionsToken, getStorageToken, ThrottlerGuard, ThrottlerModuleOptions } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { JobsService } from '../jobs/jobs.service';
import { UsersModule } from '../users/users.module';
import { PermitHousekeepingJob } from './jobs/permit-housekeeping.job';
import { ParkingFiguresController } from './parking-figures.controller';
import { ParkingFiguresService } from './parking-figures.service';
import { ParkingLotDay } from './parking-lot-day.entity';
import { ParkingLotOfficer } from './parking-lot-officer.entity';
import { ParkingLot } from './parking-lot.entity';
import { ParkingLotsController } from './parking-lots.controller';
import { ParkingLotsService } from './parking-lots.service';
import { ParkingPermit } from './parking-permit.entity';
import { ParkingPermitsController } from './parking-permits.controller';
import { ParkingSerialCounter } from './parking-serial-counter.entity';
import { ParkingSettings } from './parking-settings';
import { ParkingVerificationController } from './parking-verification.controller';
import { PermitIssueService } from './permit-issue.service';
import { PermitLedger } from './permit-ledger';
import { PermitPdfService } from './permit-pdf.service';
import { PermitQueryService } from './permit-query.service';
import { PostgresThrottlerStorage } from './throttling/postgres-throttler.storage';
import { ParkingThrottleWindow } from './throttling/throttle-window.entity';
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
    ParkingSettings,
    ParkingLotsService,
    PermitLedger,
    PermitIssueService,
    PermitQueryService,
    PermitPdfService,
    ParkingFiguresService,
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
  exports: [ParkingLotsService, ParkingFiguresService],
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
