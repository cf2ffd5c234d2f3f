import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { JobsService } from '../jobs/jobs.service';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { TradesModule } from '../trades/trades.module';
import { UsersModule } from '../users/users.module';
import { DormitoryAssignment } from './assignments/dormitory-assignment.entity';
import { DormitoryAssignmentsController } from './assignments/dormitory-assignments.controller';
import { DormitoryAssignmentsService } from './assignments/dormitory-assignments.service';
import { DormitoryClearance } from './clearances/dormitory-clearance.entity';
import { DormitoryClearancesController } from './clearances/dormitory-clearances.controller';
import { DormitoryClearancesService } from './clearances/dormitory-clearances.service';
import { DormitoryDemoService } from './demo/dormitory-demo.service';
import { FamilyDormitoryDemoService } from './demo/family-dormitory-demo.service';
import { DormitoriesFiguresProvider } from './dormitories-figures.provider';
import { DormitoryFiguresController } from './figures/dormitory-figures.controller';
import { DormitoryFiguresService } from './figures/dormitory-figures.service';
import { DormitoryLawsuitDocument } from './lawsuits/dormitory-lawsuit-document.entity';
import { DormitoryLawsuitHearing } from './lawsuits/dormitory-lawsuit-hearing.entity';
import { DormitoryLawsuit } from './lawsuits/dormitory-lawsuit.entity';
import { DormitoryLawsuitsController } from './lawsuits/dormitory-lawsuits.controller';
import { DormitoryLawsuitsService } from './lawsuits/dormitory-lawsuits.service';
import { LawsuitDocumentsService } from './lawsuits/lawsuit-documents.service';
import { DormitoryLoan } from './loans/dormitory-loan.entity';
import { DormitoryLoansController } from './loans/dormitory-loans.controller';
import { DormitoryLoansService } from './loans/dormitory-loans.service';
import { DormitoryPatrol } from './patrols/dormitory-patrol.entity';
import { DormitoryPatrolsController } from './patrols/dormitory-patrols.controller';
import { DormitoryPatrolsService } from './patrols/dormitory-patrols.service';
import { FindingRepairsService } from './patrols/finding-repairs.service';
import { PatrolFinding } from './patrols/patrol-finding.entity';
import { DormitoryPhoto } from './photos/dormitory-photo.entity';
import { DormitoryPhotosController } from './photos/dormitory-photos.controller';
import { DormitoryPhotosService } from './photos/dormitory-photos.service';
import { DormitoriesController } from './registry/dormitories.controller';
import { DormitoriesService } from './registry/dormitories.service';
import { DormitoryStatusChange } from './registry/dormitory-status-change.entity';
import { DormitoryStatusService } from './registry/dormitory-status.service';
import { DormitoryUnit } from './registry/dormitory-unit.entity';
import { Dormitory } from './registry/dormitory.entity';
import { ResidenceBooking } from './residence-bookings/residence-booking.entity';
import { ResidenceBookingsController } from './residence-bookings/residence-bookings.controller';
import { ResidenceBookingsService } from './residence-bookings/residence-bookings.service';
import { OpenResidenceCheckCampaignJob } from './residence-checks/jobs/open-residence-check-campaign.job';
import { ResidenceCheckCampaign } from './residence-checks/residence-check-campaign.entity';
import { ResidenceCheckCampaignService } from './residence-checks/residence-check-campaign.service';
import { ResidenceCheckImportService } from './residence-checks/residence-check-import.service';
import { ResidenceCheckRecordingService } from './residence-checks/residence-check-recording.service';
import { ResidenceCheck } from './residence-checks/residence-check.entity';
import { ResidenceChecksController } from './residence-checks/residence-checks.controller';
// Registers what each of the module's constraints means, for the error mapper.
import './dormitories-constraints.errors';

/** Dormitories (宿舍管理): register, occupants, patrols, residence checks, residence lending, and winding down family dormitories (clearance, lawsuits, loans). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Dormitory,
      DormitoryUnit,
      DormitoryStatusChange,
      DormitoryAssignment,
      DormitoryPatrol,
      PatrolFinding,
      DormitoryPhoto,
      ResidenceCheckCampaign,
      ResidenceCheck,
      ResidenceBooking,
      DormitoryClearance,
      DormitoryLawsuit,
      DormitoryLawsuitHearing,
      DormitoryLawsuitDocument,
      DormitoryLoan,
    ]),
    AgenciesModule,
    UsersModule,
    TradesModule,
    MaintenanceModule,
  ],
  controllers: [
    DormitoriesController,
    DormitoryAssignmentsController,
    DormitoryPatrolsController,
    DormitoryPhotosController,
    ResidenceChecksController,
    ResidenceBookingsController,
    DormitoryFiguresController,
    DormitoryClearancesController,
    DormitoryLawsuitsController,
    DormitoryLoansController,
  ],
  providers: [
    DormitoriesService,
    DormitoryStatusService,
    DormitoryAssignmentsService,
    DormitoryPatrolsService,
    FindingRepairsService,
    DormitoryPhotosService,
    ResidenceCheckCampaignService,
    ResidenceCheckRecordingService,
    ResidenceCheckImportService,
    OpenResidenceCheckCampaignJob,
    ResidenceBookingsService,
    DormitoryFiguresService,
    DormitoryDemoService,
    FamilyDormitoryDemoService,
    DormitoriesFiguresProvider,
    DormitoryClearancesService,
    DormitoryLawsuitsService,
    LawsuitDocumentsService,
    DormitoryLoansService,
  ],
  exports: [DormitoriesService, DormitoryDemoService, ResidenceCheckImportService],
})
export class DormitoriesModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly campaignJob: OpenResidenceCheckCampaignJob,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this.campaignJob);
  }
}
