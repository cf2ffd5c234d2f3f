import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { BusinessCalendar, formatRocDateTime } from '../../common/time';
import { AppConfig } from '../../config/app-config.schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { systemActor } from '../../identity/actor';
import { ScheduledJob } from '../../jobs/scheduled-job';
import {
  MaintenanceNotification,
  NotificationKind,
  SlaClockName,
} from '../notifications/maintenance-notification.entity';
import { SlaMeasure } from '../sla/sla-clock';
import { clockStanding, SlaStanding, ticketSla } from '../sla/ticket-sla';
import { MaintenanceTicket } from '../tickets/maintenance-ticket.entity';
import { OPEN_STATUSES } from '../tickets/ticket-state-machine';

const BATCH = 500;
const CLOCK_LABELS: Record<SlaClockName, string> = { response: '派工', resolution: '完工' };

const ALERTS: Record<SlaStanding, NotificationKind | null> = {
  breached: 'sla_breach',
  at_risk: 'sla_warning',
  on_time: null,
};

function alertOf(measure: SlaMeasure, warningFraction: number): NotificationKind | null {
  return ALERTS[clockStanding(measure, warningFraction)];
}

/**
 * Warns at the configured share of an SLA budget (75% by default) and escalates on breach, as notification rows for the assignee
 * and for the coordinators. Each (ticket, kind, clock, recipient) is raised once, ever.
 */
@Injectable()
export class SlaWatchJob implements ScheduledJob {
  readonly name = 'maintenance.sla-watch';
  readonly cron = '0 */15 * * * *';
  readonly period = 'quarter-hour' as const;
  readonly description = 'raises SLA warnings (budget mostly used) and breach escalations for open tickets';

  constructor(
    @InjectRepository(MaintenanceTicket) private readonly tickets: Repository<MaintenanceTicket>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly calendar: BusinessCalendar,
    private readonly config: AppConfig,
  ) {}

  async run(at: Date): Promise<Record<string, unknown>> {
    let raised = 0;
    let lastId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.tickets.find({
        where: { status: In([...OPEN_STATUSES]), id: MoreThan(lastId) },
        order: { id: 'ASC' },
        take: BATCH,
      });
      for (const ticket of batch) raised += await this.raise(ticket, at);
      if (batch.length < BATCH) return { raised };
      lastId = batch[batch.length - 1].id;
    }
  }

  private async raise(ticket: MaintenanceTicket, at: Date): Promise<number> {
    const sla = ticketSla(ticket, at, this.calendar);
    const recipients = [
      ...(ticket.assigneeUserId ? [`user:${ticket.assigneeUserId}`] : []),
      'role:maintenance_coordinator',
    ];
    const rows = (['response', 'resolution'] as const).flatMap((clock) => {
      const kind = alertOf(sla[clock], this.config.maintenance.slaWarningPercent / 100);
      if (!kind) return [];
      const verb = kind === 'sla_breach' ? '已逾期' : '即將逾期';
      const message = `維修案件 ${ticket.number}「${ticket.title}」${CLOCK_LABELS[clock]}期限 ${formatRocDateTime(sla[clock].dueAt)} ${verb}`;
      return recipients.map((recipient) => ({ ticketId: ticket.id, kind, clock, recipient, message }));
    });
    if (!rows.length) return 0;
    return this.transactions.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(MaintenanceNotification)
        .values(rows)
        .orIgnore()
        .returning(['id', 'kind', 'clock', 'recipient'])
        .execute();
      const inserted = result.raw as Pick<MaintenanceNotification, 'kind' | 'clock' | 'recipient'>[];
      if (inserted.length) {
        await this.audit.record(manager, systemActor(ticket.agencyId, this.name), {
          entityType: 'maintenance_ticket',
          entityId: ticket.id,
          action: 'sla_alert',
          after: { notifications: inserted },
        });
      }
      return inserted.length;
    });
  }
}
