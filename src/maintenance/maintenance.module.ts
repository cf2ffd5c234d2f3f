import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { LocationsModule } from '../locations/locations.module';
import { JobsService } from '../jobs/jobs.service';
import { TradesModule } from '../trades/trades.module';
import { TicketExportService } from './export/ticket-export.service';
import { MaintenanceKpiController } from './kpi/maintenance-kpi.controller';
import { MaintenanceKpiService } from './kpi/maintenance-kpi.service';
import { AutoCloseResolvedJob } from './jobs/auto-close-resolved.job';
import { SlaWatchJob } from './jobs/sla-watch.job';
import { TicketAttachment } from './attachments/ticket-attachment.entity';
import { TicketAttachmentsController } from './attachments/ticket-attachments.controller';
import { TicketAttachmentsService } from './attachments/ticket-attachments.service';
import { MaintenanceSettingsController } from './maintenance-settings.controller';
import { MaintenanceService } from './maintenance.service';
import { MaintenanceNotification } from './notifications/maintenance-notification.entity';
import { SlaPoliciesService } from './sla/sla-policies.service';
import { SlaPolicy } from './sla/sla-policy.entity';
import { MaintenanceTicket } from './tickets/maintenance-ticket.entity';
import { TechnicianTrade } from './tickets/technician-trade.entity';
import { TechniciansService } from './tickets/technicians.service';
import { TicketComment } from './tickets/ticket-comment.entity';
import { TicketCostLine } from './tickets/ticket-cost-line.entity';
import { TicketFilingService } from './tickets/ticket-filing.service';
import { TicketNotesService } from './tickets/ticket-notes.service';
import { TicketNumberCounter } from './tickets/ticket-number-counter.entity';
import { TicketReaderService } from './tickets/ticket-reader.service';
import { TicketStatusChange } from './tickets/ticket-status-change.entity';
import { TicketTransitionsService } from './tickets/ticket-transitions.service';
import { TicketsController } from './tickets/tickets.controller';
import { TicketsService } from './tickets/tickets.service';

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
    ]),
    AgenciesModule,
    LocationsModule,
    TradesModule,
  ],
  controllers: [TicketsController, TicketAttachmentsController, MaintenanceSettingsController, MaintenanceKpiController],
  providers: [
    TicketsService,
    TicketFilingService,
    TicketReaderService,
    TicketTransitionsService,
    TicketNotesService,
    TechniciansService,
    SlaPoliciesService,
    MaintenanceService,
    TicketExportService,
    TicketAttachmentsService,
    MaintenanceKpiService,
    AutoCloseResolvedJob,
    SlaWatchJob,
  ],
  exports: [MaintenanceService, SlaPoliciesService],
})
export class MaintenanceModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly autoClose: AutoCloseResolvedJob,
    private readonly slaWatch: SlaWatchJob,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this.autoClose);
    this.jobs.register(this.slaWatch);
  }
}
