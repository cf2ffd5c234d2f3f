import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { assertVersion } from '../../common/errors/domain-error';
import { BusinessCalendar } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor, hasAnyRole } from '../../identity/actor';
import { NotificationsService } from '../../notifications/notifications.service';
import { TradesService } from '../../trades/trades.service';
import {
  IllegalTransitionError,
  MissingTransitionInputError,
  NotAssignableError,
  TransitionNotPermittedError,
  TriageForbiddenError,
} from '../maintenance.errors';
import { addHold, dueTimes } from '../sla/sla-clock';
import { SlaPoliciesService } from '../sla/sla-policies.service';
import { pausedTimeOf } from '../sla/ticket-sla';
import { TransitionDto, TriageTicketDto } from './dto/ticket-input.dto';
import { HOLD_REASON_RULES } from './hold-reasons';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { TechniciansService } from './technicians.service';
import { isSystem, OFFICE_ROLES, partiesOf, TicketViewer } from './ticket-access';
import { statusNotice } from './ticket-notices';
import { TicketReaderService } from './ticket-reader.service';
import { decideTransition, OPEN_STATUSES, TicketAction, TransitionInput } from './ticket-state-machine';
import { TicketStatusChange } from './ticket-status-change.entity';

const INPUT_FIELDS: Record<TransitionInput, (input: TransitionDto) => unknown> = {
  reason: (input) => input.reason,
  holdReason: (input) => input.holdReason,
  resolutionNote: (input) => input.resolutionNote,
  assignee: (input) => input.assigneeUserId ?? input.vendorName,
};

const INPUT_NAMES: Record<TransitionInput, string> = {
  reason: 'reason',
  holdReason: 'holdReason',
  resolutionNote: 'resolutionNote',
  assignee: 'assigneeUserId or vendorName',
};

/**
 * Moves tickets through the lifecycle table. Each move locks the ticket, checks the caller's
 * version, and writes the ticket, its history row and the audit entry in one transaction.
 */
@Injectable()
export class TicketTransitionsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly reader: TicketReaderService,
    private readonly technicians: TechniciansService,
    private readonly policies: SlaPoliciesService,
    private readonly trades: TradesService,
    private readonly calendar: BusinessCalendar,
    private readonly notifications: NotificationsService,
  ) {}

  transition(viewer: TicketViewer, id: string, input: TransitionDto): Promise<MaintenanceTicket> {
    return this.transactions.run((manager) => this.transitionIn(manager, viewer, id, input));
  }

  /** The same move inside the caller's transaction (scheduled jobs close many tickets one by one). */
  async transitionIn(
    manager: EntityManager,
    viewer: TicketViewer,
    id: string,
    input: TransitionDto,
  ): Promise<MaintenanceTicket> {
    const ticket = await this.lockCurrent(manager, viewer, id, input.version);
    const decision = decideTransition(ticket.status, input.action, partiesOf(viewer, ticket));
    if (!decision.ok) {
      if (decision.problem === 'illegal')
        throw new IllegalTransitionError(input.action, ticket.status, decision.allowed);
      throw new TransitionNotPermittedError(input.action, decision.allowed);
    }
    for (const need of decision.requires) {
      if (INPUT_FIELDS[need](input) === undefined)
        throw new MissingTransitionInputError(input.action, INPUT_NAMES[need]);
    }
    const before = { ...ticket };
    const now = new Date();
    await this.applyEffects(manager, ticket, input, now);
    ticket.status = decision.to;
    return this.recordMove(manager, viewer.actor, before, ticket, input.action, input.reason ?? input.holdReason, now);
  }

  /**
   * Closes the work order of a statutory inspection whose completion was just recorded, inside
   * that transaction, from whatever open state it is in: the certificate proves the work was done.
   * Not a lifecycle action anyone can request, so it stays out of the transitions API.
   */
  async closeWorkOrderIn(manager: EntityManager, actor: Actor, id: string, note: string): Promise<void> {
    const ticket = await manager.findOneOrFail(MaintenanceTicket, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!OPEN_STATUSES.includes(ticket.status) && ticket.status !== 'resolved') return;
    const before = { ...ticket };
    const now = new Date();
    if (ticket.pausedSince) this.endHold(ticket, now);
    Object.assign(ticket, {
      status: 'closed',
      holdReason: null,
      // A work order nobody took is closed by whoever recorded the inspection.
      assigneeUserId: ticket.assigneeUserId ?? (ticket.vendorName ? null : actor.userId),
      respondedAt: ticket.respondedAt ?? now,
      resolvedAt: ticket.resolvedAt ?? now,
      resolutionNote: ticket.resolutionNote ?? note,
      closedAt: now,
    });
    await this.recordMove(manager, actor, before, ticket, 'complete_work_order', note, now);
  }

  /** Saves a moved ticket with its history row and audit entry, and tells the requester. */
  private async recordMove(
    manager: EntityManager,
    actor: Actor,
    before: MaintenanceTicket,
    ticket: MaintenanceTicket,
    action: TicketAction | 'complete_work_order',
    reason: string | undefined,
    now: Date,
  ): Promise<MaintenanceTicket> {
    const saved = await manager.save(MaintenanceTicket, ticket);
    await manager.insert(TicketStatusChange, {
      ticketId: ticket.id,
      fromStatus: before.status,
      toStatus: ticket.status,
      action,
      actorUserId: isSystem(actor) ? null : actor.userId,
      actorName: actor.displayName,
      reason: reason ?? null,
      occurredAt: now,
    });
    await this.audit.record(manager, actor, {
      entityType: 'maintenance_ticket',
      entityId: ticket.id,
      action,
      before,
      after: saved,
    });
    await this.notifications.notifyIn(manager, actor, statusNotice(saved, reason));
    return saved;
  }

  /** Coordinators correct priority, trade and sub-category; a priority or trade change re-targets the SLA from the original start. */
  async triage(viewer: TicketViewer, id: string, input: TriageTicketDto): Promise<MaintenanceTicket> {
    if (!hasAnyRole(viewer.actor, OFFICE_ROLES)) {
      throw new TriageForbiddenError();
    }
    if (input.tradeCode) await this.trades.requireActive(input.tradeCode);
    return this.transactions.run(async (manager) => {
      const ticket = await this.lockCurrent(manager, viewer, id, input.version);
      const before = { ...ticket };
      Object.assign(ticket, {
        priority: input.priority ?? ticket.priority,
        tradeCode: input.tradeCode ?? ticket.tradeCode,
        subCategory: input.subCategory ?? ticket.subCategory,
      });
      if (ticket.priority !== before.priority || ticket.tradeCode !== before.tradeCode)
        await this.retarget(manager, ticket);
      const saved = await manager.save(MaintenanceTicket, ticket);
      await this.audit.record(manager, viewer.actor, {
        entityType: 'maintenance_ticket',
        entityId: id,
        action: 'triage',
        before,
        after: saved,
      });
      return saved;
    });
  }

  private async lockCurrent(
    manager: EntityManager,
    viewer: TicketViewer,
    id: string,
    version: number,
  ): Promise<MaintenanceTicket> {
    const ticket = await this.reader.getVisible(viewer, id, manager);
    assertVersion('maintenance_ticket', id, ticket, version);
    return ticket;
  }

  private async retarget(manager: EntityManager, ticket: MaintenanceTicket): Promise<void> {
    const targets = await this.policies.targetsFor(ticket.tradeCode, ticket.priority, manager);
    Object.assign(ticket, {
      responseTargetMinutes: targets.responseMinutes,
      resolutionTargetMinutes: targets.resolutionMinutes,
      ...dueTimes(ticket.priority, targets, ticket.createdAt, pausedTimeOf(ticket), this.calendar),
    });
  }

  private async applyEffects(
    manager: EntityManager,
    ticket: MaintenanceTicket,
    input: TransitionDto,
    now: Date,
  ): Promise<void> {
    const effects: Record<TicketAction, () => unknown> = {
      assign: async () => {
        if (input.assigneeUserId && !(await this.technicians.isAssignable(manager, input.assigneeUserId)))
          throw new NotAssignableError(input.assigneeUserId);
        Object.assign(ticket, {
          assigneeUserId: input.assigneeUserId ?? null,
          vendorName: input.vendorName ?? null,
          respondedAt: ticket.respondedAt ?? now,
        });
      },
      start: () => undefined,
      hold: () => {
        ticket.holdReason = input.holdReason!;
        ticket.pausedSince = HOLD_REASON_RULES[input.holdReason!].pausesClock ? now : null;
      },
      resume: () => this.endHold(ticket, now),
      resolve: () => Object.assign(ticket, { resolutionNote: input.resolutionNote, resolvedAt: now }),
      confirm: () =>
        Object.assign(ticket, {
          closedAt: now,
          satisfaction: input.satisfaction ?? null,
          satisfactionComment: input.satisfactionComment ?? null,
        }),
      auto_close: () => Object.assign(ticket, { closedAt: now }),
      reopen: () =>
        Object.assign(ticket, { resolvedAt: null, resolutionNote: null, reopenCount: ticket.reopenCount + 1 }),
      reject: () => Object.assign(ticket, { closedAt: now }),
      cancel: () => Object.assign(ticket, { closedAt: now }),
    };
    await effects[input.action]();
  }

  /** Adds the hold to the paused time and pushes the resolution due time out by it. */
  private endHold(ticket: MaintenanceTicket, now: Date): void {
    if (ticket.pausedSince) {
      const paused = addHold(pausedTimeOf(ticket), ticket.pausedSince, now, this.calendar);
      const targets = {
        responseMinutes: ticket.responseTargetMinutes,
        resolutionMinutes: ticket.resolutionTargetMinutes,
      };
      Object.assign(ticket, {
        pausedBusinessMinutes: paused.businessMinutes,
        pausedWallMinutes: paused.wallMinutes,
        resolutionDueAt: dueTimes(ticket.priority, targets, ticket.createdAt, paused, this.calendar).resolutionDueAt,
      });
    }
    Object.assign(ticket, { holdReason: null, pausedSince: null });
  }
}
