import { Injectable } from '@nestjs/common';
import { ImportLine, ImportOutcome } from '../common/import/import-lines';
import { Actor } from '../identity/actor';
import { TicketPriority } from './sla/sla-clock';
import { MaintenanceTicket } from './tickets/maintenance-ticket.entity';
import { TicketFilingService, TicketSource } from './tickets/ticket-filing.service';
import { ImportedCase, TicketImportService } from './tickets/ticket-import.service';

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
 * (a dormitory patrol, an inspection), and bring in the cases of earlier years. Its yearly figures
 * come from MaintenanceFiguresProvider.
 */
@Injectable()
export class MaintenanceService {
  constructor(
    private readonly filing: TicketFilingService,
    private readonly imports: TicketImportService,
  ) {}

  /** Imports the repair cases of earlier years all or nothing (or only checks them, for a preview). */
  importCases(actor: Actor, lines: ImportLine<ImportedCase>[], commit: boolean): Promise<ImportOutcome> {
    return this.imports.importCases(actor, lines, commit);
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
