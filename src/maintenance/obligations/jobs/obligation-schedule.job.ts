import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../../audit/audit.service';
import { DomainError } from '../../../common/errors/domain-error';
import { taipeiDate } from '../../../common/time';
import { TransactionRunner } from '../../../database/transaction-runner';
import { Actor, systemActor } from '../../../identity/actor';
import { ScheduledJob } from '../../../jobs/scheduled-job';
import { PreparedTicket, TicketFilingService } from '../../tickets/ticket-filing.service';
import { MaintenanceObligation } from '../maintenance-obligation.entity';
import { OBLIGATION_KIND_LABELS, OCCURRENCE_SOURCE_MODULE } from '../obligation-kinds';
import { ObligationOccurrence } from '../obligation-occurrence.entity';

const PENDING = ['upcoming', 'open'];

/**
 * Opens each occurrence's work order `leadTimeDays` before it is due and marks past-due
 * occurrences overdue. Safe to run again for the same day or concurrently: a work order is only
 * written while the occurrence's ticket id is still null, under the row's lock.
 */
@Injectable()
export class ObligationScheduleJob implements ScheduledJob {
  readonly name = 'maintenance.obligation-schedule';
  readonly cron = '0 5 0 * * *';
  readonly period = 'day' as const;
  readonly description =
    'opens statutory work orders their lead time ahead of the due date and marks late ones overdue';

  constructor(
    @InjectRepository(ObligationOccurrence) private readonly occurrences: Repository<ObligationOccurrence>,
    private readonly filing: TicketFilingService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async run(at: Date): Promise<Record<string, unknown>> {
    const today = taipeiDate(at);
    const due = await this.occurrences
      .createQueryBuilder('occurrence')
      .innerJoinAndSelect('occurrence.obligation', 'obligation')
      .where('occurrence.ticket_id IS NULL')
      .andWhere('occurrence.status IN (:...pending)', { pending: PENDING })
      .andWhere('obligation.active')
      .andWhere('occurrence.due_date - obligation.lead_time_days <= CAST(:today AS date)', { today })
      .orderBy('occurrence.due_date', 'ASC')
      .getMany();
    let workOrdersOpened = 0;
    const failed: { occurrenceId: string; code: string }[] = [];
    for (const occurrence of due) {
      try {
        workOrdersOpened += await this.openWorkOrder(occurrence, occurrence.obligation!, today);
      } catch (error) {
        // A trade or agency retired since the obligation was registered: report it and go on with the others.
        if (!(error instanceof DomainError)) throw error;
        failed.push({ occurrenceId: occurrence.id, code: error.code });
      }
    }
    const markedOverdue = await this.transactions.run((manager) => this.markOverdue(manager, today));
    return { today, workOrdersOpened, markedOverdue, failed };
  }

  private async openWorkOrder(
    candidate: ObligationOccurrence,
    obligation: MaintenanceObligation,
    today: string,
  ): Promise<number> {
    const actor = systemActor(obligation.agencyId, this.name);
    const prepared = await this.filing.prepare(obligation.agencyId, {
      tradeCode: obligation.tradeCode,
      locationId: obligation.locationId,
      title: `${obligation.title}（${candidate.dueDate} 到期）`.slice(0, 200),
      description: this.workOrderDescription(obligation, candidate),
      source: { module: OCCURRENCE_SOURCE_MODULE, id: candidate.id },
      requesterUserId: obligation.createdByUserId,
    });
    return this.transactions.run((manager) => this.attachWorkOrder(manager, actor, candidate.id, prepared, today));
  }

  private async attachWorkOrder(
    manager: EntityManager,
    actor: Actor,
    id: string,
    prepared: PreparedTicket,
    today: string,
  ): Promise<number> {
    // Re-read under the lock: a concurrent run that got here first has set the ticket id.
    const occurrence = await manager
      .createQueryBuilder(ObligationOccurrence, 'occurrence')
      .setLock('pessimistic_write')
      .where('occurrence.id = :id', { id })
      .andWhere('occurrence.ticket_id IS NULL')
      .andWhere('occurrence.status IN (:...pending)', { pending: PENDING })
      .getOne();
    if (!occurrence) return 0;
    const ticket = await this.filing.fileIn(manager, actor, prepared);
    const before = { ...occurrence };
    Object.assign(occurrence, {
      ticketId: ticket.id,
      workOrderOpenedAt: new Date(),
      status: occurrence.dueDate < today ? 'overdue' : 'open',
    });
    const saved = await manager.save(ObligationOccurrence, occurrence);
    await this.audit.record(manager, actor, {
      entityType: 'maintenance_obligation_occurrence',
      entityId: id,
      action: 'open_work_order',
      before,
      after: saved,
    });
    return 1;
  }

  private async markOverdue(manager: EntityManager, today: string): Promise<number> {
    const late = await manager
      .createQueryBuilder(ObligationOccurrence, 'occurrence')
      .innerJoinAndSelect('occurrence.obligation', 'obligation')
      .setLock('pessimistic_write', undefined, ['occurrence'])
      .where('occurrence.status IN (:...pending)', { pending: PENDING })
      .andWhere('occurrence.due_date < CAST(:today AS date)', { today })
      .andWhere('obligation.active')
      .getMany();
    for (const occurrence of late) {
      const { obligation, ...before } = occurrence;
      occurrence.status = 'overdue';
      const saved = await manager.save(ObligationOccurrence, occurrence);
      await this.audit.record(manager, systemActor(obligation!.agencyId, this.name), {
        entityType: 'maintenance_obligation_occurrence',
        entityId: occurrence.id,
        action: 'overdue',
        before,
        after: { ...saved, obligation: undefined },
      });
    }
    return late.length;
  }

  private workOrderDescription(obligation: MaintenanceObligation, occurrence: ObligationOccurrence): string {
    const vendor = obligation.vendorName
      ? `，廠商：${obligation.vendorName}${obligation.vendorContact ? `（${obligation.vendorContact}）` : ''}`
      : '';
    const kind = obligation.otherKindName ?? OBLIGATION_KIND_LABELS[obligation.kind];
    return `${kind}：${obligation.title}，${obligation.locationLabel}，${occurrence.dueDate} 到期${vendor}。完成後請上傳證明文件或報告並辦理完成。`;
  }
}
