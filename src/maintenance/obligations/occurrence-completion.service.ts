import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { assertVersion, NotFoundError } from '../../common/errors/domain-error';
import { taipeiDate } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { CertificateRequiredError, ObligationInputError, OccurrenceAlreadyCompletedError } from '../maintenance.errors';
import { PreparedTicket, TicketFilingService } from '../tickets/ticket-filing.service';
import { TicketTransitionsService } from '../tickets/ticket-transitions.service';
import { CompletedOccurrenceView, CompleteOccurrenceDto } from './dto/occurrence.dto';
import { MaintenanceObligation } from './maintenance-obligation.entity';
import { ObligationAttachment } from './obligation-attachment.entity';
import { ObligationFinding } from './obligation-finding.entity';
import { OCCURRENCE_SOURCE_MODULE } from './obligation-kinds';
import { ObligationOccurrence } from './obligation-occurrence.entity';
import { nextDueAfter } from './obligation-schedule';
import { toOccurrenceView } from './obligation-views';

/**
 * Completes an occurrence: records the certificate and result, closes its work order, opens one
 * corrective ticket per failed item, advances the obligation's next due date and creates the next occurrence, all in
 * one transaction.
 */
@Injectable()
export class OccurrenceCompletionService {
  constructor(
    @InjectRepository(ObligationOccurrence) private readonly occurrences: Repository<ObligationOccurrence>,
    private readonly filing: TicketFilingService,
    private readonly transitions: TicketTransitionsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async complete(actor: Actor, id: string, input: CompleteOccurrenceDto): Promise<CompletedOccurrenceView> {
    const failedItems = input.failedItems ?? [];
    if ((input.result === 'failed') !== failedItems.length > 0) {
      throw new ObligationInputError('failed_items');
    }
    if (input.completedOn > taipeiDate(new Date())) throw new ObligationInputError('completed_in_future');
    const corrective = failedItems.length ? await this.prepareCorrective(id) : undefined;
    return this.transactions.run(async (manager) => {
      const occurrence = await manager.findOne(ObligationOccurrence, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!occurrence) throw new NotFoundError('maintenance_obligation_occurrence', id);
      if (occurrence.status === 'completed') throw new OccurrenceAlreadyCompletedError(id);
      assertVersion('maintenance_obligation_occurrence', id, occurrence, input.version);
      await this.requireCertificate(manager, id, input.certificateAttachmentId);
      const obligation = await manager.findOneOrFail(MaintenanceObligation, {
        where: { id: occurrence.obligationId },
        lock: { mode: 'pessimistic_write' },
      });

      const before = { ...occurrence };
      Object.assign(occurrence, {
        status: 'completed',
        completedOn: input.completedOn,
        completedAt: new Date(),
        completedByUserId: actor.userId,
        certificateAttachmentId: input.certificateAttachmentId,
        result: input.result,
        note: input.note ?? null,
      });
      const completed = await manager.save(ObligationOccurrence, occurrence);
      if (completed.ticketId)
        await this.transitions.closeWorkOrderIn(
          manager,
          actor,
          completed.ticketId,
          `${obligation.title}已於 ${input.completedOn} 辦理完成（${input.result === 'failed' ? '有不合格項目，另開改善案件' : '合格'}）`,
        );
      await this.audit.record(manager, actor, {
        entityType: 'maintenance_obligation_occurrence',
        entityId: id,
        action: 'complete',
        before,
        after: completed,
      });

      const findings: ObligationFinding[] = [];
      for (const item of failedItems)
        findings.push(await this.openCorrective(manager, actor, corrective!, obligation, completed, item));
      const next = await this.advance(manager, actor, obligation, completed);
      return {
        ...toOccurrenceView(completed, obligation),
        findings: findings.map(({ id: findingId, item, ticketId }) => ({ id: findingId, item, ticketId })),
        next: toOccurrenceView(next, obligation),
      };
    });
  }

  private async requireCertificate(
    manager: EntityManager,
    occurrenceId: string,
    attachmentId: string | undefined,
  ): Promise<void> {
    if (!attachmentId || !(await manager.existsBy(ObligationAttachment, { id: attachmentId, occurrenceId }))) {
      throw new CertificateRequiredError(occurrenceId);
    }
  }

  /** Corrective tickets go to the obligation's trade and place, filed for the office agency that runs it. */
  private async prepareCorrective(occurrenceId: string): Promise<PreparedTicket> {
    const occurrence = await this.occurrences.findOne({ where: { id: occurrenceId }, relations: { obligation: true } });
    if (!occurrence) throw new NotFoundError('maintenance_obligation_occurrence', occurrenceId);
    const { obligation } = occurrence;
    return this.filing.prepare(obligation!.agencyId, {
      tradeCode: obligation!.tradeCode,
      locationId: obligation!.locationId,
      title: obligation!.title,
      description: obligation!.title,
      source: { module: OCCURRENCE_SOURCE_MODULE, id: occurrenceId },
    });
  }

  private async openCorrective(
    manager: EntityManager,
    actor: Actor,
    prepared: PreparedTicket,
    obligation: MaintenanceObligation,
    occurrence: ObligationOccurrence,
    item: string,
  ): Promise<ObligationFinding> {
    const input = {
      ...prepared.input,
      priority: 'high' as const,
      title: `${obligation.title}不合格改善：${item}`.slice(0, 200),
      description: `${obligation.title}（${occurrence.dueDate} 到期，${occurrence.completedOn} 辦理）不合格項目：${item}`,
    };
    const ticket = await this.filing.fileIn(manager, actor, { ...prepared, input });
    return createAudited(manager, this.audit, actor, ObligationFinding, 'maintenance_obligation_finding', {
      occurrenceId: occurrence.id,
      item,
      ticketId: ticket.id,
    });
  }

  private async advance(
    manager: EntityManager,
    actor: Actor,
    obligation: MaintenanceObligation,
    completed: ObligationOccurrence,
  ): Promise<ObligationOccurrence> {
    const before = { ...obligation };
    const next = nextDueAfter(obligation, completed.dueDate, completed.completedOn!);
    Object.assign(obligation, { nextDueDate: next.dueDate, dueDayOfMonth: next.dueDayOfMonth });
    const saved = await manager.save(MaintenanceObligation, obligation);
    await this.audit.record(manager, actor, {
      entityType: 'maintenance_obligation',
      entityId: obligation.id,
      action: 'advance',
      before,
      after: saved,
    });
    return createAudited(manager, this.audit, actor, ObligationOccurrence, 'maintenance_obligation_occurrence', {
      obligationId: obligation.id,
      dueDate: next.dueDate,
      status: 'upcoming',
    });
  }
}
