import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import { ConflictError } from '../../common/errors/domain-error';
import { BusinessCalendar } from '../../common/time';
import { AppConfig } from '../../config/app-config.schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { systemActor } from '../../identity/actor';
import { ScheduledJob } from '../../jobs/scheduled-job';
import { MaintenanceTicket } from '../tickets/maintenance-ticket.entity';
import { TicketTransitionsService } from '../tickets/ticket-transitions.service';

/** Closes resolved tickets the requester left unconfirmed for the configured number of working days. */
@Injectable()
export class AutoCloseResolvedJob implements ScheduledJob {
  readonly name = 'maintenance.auto-close';
  readonly cron = '0 30 0 * * *';
  readonly period = 'day' as const;
  readonly description =
    "closes tickets resolved the configured number of working days ago without the requester's confirmation";

  constructor(
    @InjectRepository(MaintenanceTicket) private readonly tickets: Repository<MaintenanceTicket>,
    private readonly transitions: TicketTransitionsService,
    private readonly transactions: TransactionRunner,
    private readonly calendar: BusinessCalendar,
    private readonly config: AppConfig,
  ) {}

  async run(at: Date): Promise<Record<string, unknown>> {
    const resolved = await this.tickets.find({
      where: { status: 'resolved', resolvedAt: LessThanOrEqual(at) },
      order: { resolvedAt: 'ASC' },
    });
    const due = resolved.filter(
      (ticket) =>
        this.calendar.addBusinessDays(ticket.resolvedAt!, this.config.maintenance.autoCloseBusinessDays) <= at,
    );
    let closed = 0;
    for (const ticket of due) {
      const viewer = { actor: systemActor(ticket.agencyId, this.name), trades: [] };
      try {
        await this.transactions.run((manager) =>
          this.transitions.transitionIn(manager, viewer, ticket.id, { action: 'auto_close', version: ticket.version }),
        );
        closed += 1;
      } catch (error) {
        // The requester confirmed or reopened it meanwhile: leave it as they left it.
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    return { candidates: due.length, closed };
  }
}
