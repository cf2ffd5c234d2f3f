import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { JobsService } from '../jobs/jobs.service';
import { LocationsModule } from '../locations/locations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TradesModule } from '../trades/trades.module';
import { UsersModule } from '../users/users.module';
import { AttachmentStorage } from './attachments/attachment-storage.service';
import { TicketAttachment } from './attachments/ticket-attachment.entity';
import { TicketAttachmentsController } from './attachments/ticket-attachments.controller';
import { TicketAttachmentsService } from './attachments/ticket-attachments.service';
import { MaintenanceDemoService } from './demo/maintenance-demo.service';
import { TicketExportService } from './export/ticket-export.service';
import { AutoCloseResolvedJob } from './jobs/auto-close-resolved.job';
import { SlaWatchJob } from './jobs/sla-watch.job';
import { MaintenanceKpiController } from './kpi/maintenance-kpi.controller';
import { MaintenanceKpiService } from './kpi/maintenance-kpi.service';
import { MaintenanceFiguresProvider } from './maintenance-figures.provider';
import { MaintenanceSettingsController } from './maintenance-settings.controller';
import { MaintenanceService } from './maintenance.service';
import { NotificationMailJob } from './notifications/jobs/notification-mail.job';
import { MaintenanceNotification } from './notifications/maintenance-notification.entity';
import { MaintenanceNotificationsController } from './notifications/maintenance-notifications.controller';
import { MaintenanceNotificationsService } from './notifications/maintenance-notifications.service';
import { ObligationScheduleJob } from './obligations/jobs/obligation-schedule.job';
import { MaintenanceObligation } from './obligations/maintenance-obligation.entity';
import { ObligationAttachment } from './obligations/obligation-attachment.entity';
import { ObligationFiguresService } from './obligations/obligation-figures.service';
import { ObligationFinding } from './obligations/obligation-finding.entity';
import { ObligationOccurrence } from './obligations/obligation-occurrence.entity';
import { ObligationsController } from './obligations/obligations.controller';
import { ObligationsService } from './obligations/obligations.service';
import { OccurrenceAttachmentsService } from './obligations/occurrence-attachments.service';
import { OccurrenceCompletionService } from './obligations/occurrence-completion.service';
import { OccurrencesController } from './obligations/occurrences.controller';
import { OccurrencesService } from './obligations/occurrences.service';
import { SlaPoliciesService } from './sla/sla-policies.service';
import { SlaPolicy } from './sla/sla-policy.entity';
import { MaintenanceTicket } from './tickets/maintenance-ticket.entity';
import { TechnicianRosterService } from './tickets/technician-roster.service';
import { TechnicianTrade } from './tickets/technician-trade.entity';
import { TechniciansController } from './tickets/technicians.controller';
import { TechniciansService } from './tickets/technicians.service';
import { TicketComment } from './tickets/ticket-comment.entity';
import { TicketCostLine } from './tickets/ticket-cost-line.entity';
import { TicketFilingService } from './tickets/ticket-filing.service';
import { TicketImportService } from './tickets/ticket-import.service';
import { TicketNotesService } from './tickets/ticket-notes.service';
import { TicketNumberCounter } from './tickets/ticket-number-counter.entity';
import { TicketReaderService } from './tickets/ticket-reader.service';
import { TicketStatusChange } from './tickets/ticket-status-change.entity';
import { TicketTransitionsService } from './tickets/ticket-transitions.service';
import { TicketsController } from './tickets/tickets.controller';
import { TicketsService } from './tickets/tickets.service';
// Registers what each of the module's constraints means, for the error mapper.
import './maintenance-constraints.errors';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      MaintenanceTicket,
      TicketStatusChange,
      TicketComment,
      TicketCostLine,
      TicketNumberCounter,
      TechnicianTrade,
      SlaPolicy,
      MaintenanceNotification,
      TicketAttachment,
      MaintenanceObligation,
      ObligationOccurrence,
      ObligationAttachment,
      ObligationFinding,
    ]),
    AgenciesModule,
    LocationsModule,
    NotificationsModule,
    TradesModule,
    UsersModule,
  ],
  controllers: [
    TicketsController,
    TicketAttachmentsController,
    MaintenanceSettingsController,
    TechniciansController,
    MaintenanceKpiController,
    ObligationsController,
    OccurrencesController,
    MaintenanceNotificationsController,
  ],
  providers: [
    TicketsService,
    TicketFilingService,
    TicketReaderService,
    TicketTransitionsService,
    TicketNotesService,
    TechniciansService,
    TechnicianRosterService,
    SlaPoliciesService,
    MaintenanceService,
    MaintenanceFiguresProvider,
    TicketImportService,
    TicketExportService,
    TicketAttachmentsService,
    MaintenanceKpiService,
    AutoCloseResolvedJob,
    SlaWatchJob,
    AttachmentStorage,
    ObligationsService,
    OccurrencesService,
    OccurrenceCompletionService,
    OccurrenceAttachmentsService,
    ObligationFiguresService,
    ObligationScheduleJob,
    MaintenanceNotificationsService,
    NotificationMailJob,
    MaintenanceDemoService,
  ],
  exports: [MaintenanceService, SlaPoliciesService, MaintenanceDemoService, AttachmentStorage],
})
export class MaintenanceModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly autoClose: AutoCloseResolvedJob,
    private readonly slaWatch: SlaWatchJob,
    private readonly obligationSchedule: ObligationScheduleJob,
    private readonly notificationMail: NotificationMailJob,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this.autoClose);
    this.jobs.register(this.slaWatch);
    this.jobs.register(this.obligationSchedule);
    this.jobs.register(this.notificationMail);
  }
}
