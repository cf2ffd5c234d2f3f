import { Injectable } from '@nestjs/common';
import { Period } from '../common/time';
import { Actor } from '../identity/actor';
import { MaintenanceFigures, MaintenanceKpiService } from './kpi/maintenance-kpi.service';
import { ObligationFigures, ObligationFiguresService } from './obligations/obligation-figures.service';
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
 * (a dormitory patrol, an inspection), and count tickets and statutory work for the yearly figures.
 */
@Injectable()
export class MaintenanceService {
  constructor(
    private readonly filing: TicketFilingService,
    private readonly kpis: MaintenanceKpiService,
    private readonly obligations: ObligationFiguresService,
  ) {}

  /**
   * Cases received, closed and resolved in the period, the backlog at its end and SLA compliance,
   * with the statutory inspections completed and the fire-brigade drills held.
   */
  async figuresFor(period: Period): Promise<MaintenanceFigures & ObligationFigures> {
    const [tickets, obligations] = await Promise.all([
      this.kpis.figuresFor(period),
      this.obligations.figuresFor(period),
    ]);
    return { ...tickets, ...obligations };
  }

  /**
   * Files a repair ticket for the finding's agency, linked back to the finding. The calling
   * module has already decided that its actor may report for that agency.
   */
  openTicketFromFinding(actor: Actor, input: FindingTicketInput): Promise<MaintenanceTicket> {
    const { agencyId, ...fields } = input;
    return this.filing.file(actor, agencyId, fields);
  }
}
