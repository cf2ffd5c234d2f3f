import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/actor';
import { TicketPriority } from './sla/sla-clock';
import { MaintenanceTicket } from './tickets/maintenance-ticket.entity';
import { TicketFilingService, TicketSource } from './tickets/ticket-filing.service';

export interface FindingTicketInput {
  agencyId: string;
  locationId?: string;
  spotText?: string;
  tradeCode: string;
  priority?: TicketPriority;
  title: string;
  description: string;
  source: TicketSource;
}

/**
 * What other modules may ask of maintenance: open a repair ticket for something they found
 * (a dormitory patrol, an inspection). Its yearly figures come from MaintenanceFiguresProvider.
 */
@Injectable()
export class MaintenanceService {
  constructor(private readonly filing: TicketFilingService) {}

  /**
   * Files a repair ticket for the finding's agency, linked back to the finding. The calling
   * module has already decided that its actor may report for that agency.
   */
  openTicketFromFinding(actor: Actor, input: FindingTicketInput): Promise<MaintenanceTicket> {
    const { agencyId, ...fields } = input;
    return this.filing.file(actor, agencyId, fields);
  }
}
