import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ImportLine, ImportOutcome } from '../common/import/import-lines';
import { Actor } from '../identity/actor';
import { TicketPriority } from './sla/sla-clock';
import { MaintenanceTicket } from './tickets/maintenance-ticket.entity';
import { PreparedTicket, TicketFilingService, TicketSource } from './tickets/ticket-filing.service';
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
   * Checks the ticket for a finding (agency, trade, location) before the caller's transaction
   * begins, so that the transaction never waits for a second pooled connection. The calling
   * module has already decided that its actor may report for that agency.
   */
  prepareTicketFromFinding(input: FindingTicketInput): Promise<PreparedTicket> {
    const { agencyId, ...fields } = input;
    return this.filing.prepare(agencyId, fields);
  }

  /**
   * Files a prepared ticket inside the caller's transaction (its EntityManager): the ticket commits
   * or rolls back with the caller's own rows, on the caller's one connection.
   */
  fileTicketIn(manager: EntityManager, actor: Actor, prepared: PreparedTicket): Promise<MaintenanceTicket> {
    return this.filing.fileIn(manager, actor, prepared);
  }
}
