import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { AuditService } from '../../audit/audit.service';
import { RuleBrokenError } from '../../common/errors/constraint-errors';
import { BusinessCalendar, rocYearOf } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { LocationPath } from '../../locations/dto/location.dto';
import { LocationsService } from '../../locations/locations.service';
import { TradesService } from '../../trades/trades.service';
import { MAINTENANCE_CONSTRAINT_ERRORS } from '../maintenance-constraints.errors';
import { dueTimes, NO_PAUSE, TicketPriority } from '../sla/sla-clock';
import { SlaPoliciesService } from '../sla/sla-policies.service';
import { CreateTicketDto } from './dto/ticket-input.dto';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { isSystem } from './ticket-access';
import { TicketStatusChange } from './ticket-status-change.entity';

export interface TicketSource {
  module: string;
  id: string;
}

export type NewTicket = Omit<CreateTicketDto, 'priority' | 'agencyId'> & {
  priority?: TicketPriority;
  source?: TicketSource;
  /** The user the ticket is filed for when the service files it by itself (a scheduled work order); defaults to the actor. */
  requesterUserId?: string;
};

/** A ticket whose agency, trade and location were checked, ready to file in a transaction. */
export interface PreparedTicket {
  agencyId: string;
  input: NewTicket;
  place?: LocationPath;
}

/** `115-000123`. */
export function formatTicketNumber(rocYear: number, serial: number): string {
  return `${rocYear}-${String(serial).padStart(6, '0')}`;
}

/** Files new tickets: numbers them, places them in the location tree and sets their SLA due times. */
@Injectable()
export class TicketFilingService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly agencies: AgenciesService,
    private readonly locations: LocationsService,
    private readonly trades: TradesService,
    private readonly policies: SlaPoliciesService,
    private readonly calendar: BusinessCalendar,
  ) {}

  /** Files the ticket for `agencyId`; callers decide whether the actor may file for that agency. */
  async file(actor: Actor, agencyId: string, input: NewTicket): Promise<MaintenanceTicket> {
    const prepared = await this.prepare(agencyId, input);
    return this.transactions.run((manager) => this.fileIn(manager, actor, prepared));
  }

  /**
   * Checks the agency, trade and location through their own modules. Done before the filing
   * transaction, so a use case never holds one pooled connection while waiting for another.
   */
  async prepare(agencyId: string, input: NewTicket): Promise<PreparedTicket> {
    if (!input.locationId && !input.spotText) {
      throw new RuleBrokenError(MAINTENANCE_CONSTRAINT_ERRORS.ck_maintenance_tickets_location);
    }
    await this.agencies.requireActive(agencyId);
    await this.trades.requireActive(input.tradeCode);
    const place = input.locationId ? await this.locations.path(input.locationId) : undefined;
    return { agencyId, input, place };
  }

  /**
   * Files a prepared ticket inside the caller's transaction, so that a use case that opens
   * tickets (an inspection's work order or its corrective tickets) commits them with its own rows.
   */
  async fileIn(
    manager: EntityManager,
    actor: Actor,
    { agencyId, input, place }: PreparedTicket,
  ): Promise<MaintenanceTicket> {
    const priority = input.priority ?? 'normal';
    const now = new Date();
    const targets = await this.policies.targetsFor(input.tradeCode, priority, manager);
    const due = dueTimes(priority, targets, now, NO_PAUSE, this.calendar);
    const ticket = manager.create(MaintenanceTicket, {
      number: await this.nextNumber(manager, now),
      status: 'submitted',
      priority,
      agencyId,
      requesterUserId: input.requesterUserId ?? actor.userId,
      locationId: input.locationId ?? null,
      siteId: place?.site?.id ?? null,
      buildingId: place?.building?.id ?? null,
      floorId: place?.floor?.id ?? null,
      roomId: place?.room?.id ?? null,
      locationLabel: place?.label ?? null,
      spotText: input.spotText ?? null,
      tradeCode: input.tradeCode,
      subCategory: input.subCategory ?? null,
      title: input.title,
      description: input.description,
      contactPhone: input.contactPhone ?? null,
      sourceModule: input.source?.module ?? null,
      sourceId: input.source?.id ?? null,
      responseTargetMinutes: targets.responseMinutes,
      resolutionTargetMinutes: targets.resolutionMinutes,
      ...due,
      createdAt: now,
    });
    const saved = await manager.save(MaintenanceTicket, ticket);
    await manager.insert(TicketStatusChange, {
      ticketId: saved.id,
      fromStatus: null,
      toStatus: 'submitted',
      action: 'submit',
      actorUserId: isSystem(actor) ? null : actor.userId,
      actorName: actor.displayName,
      occurredAt: now,
    });
    await this.audit.record(manager, actor, {
      entityType: 'maintenance_ticket',
      entityId: saved.id,
      action: 'create',
      after: saved,
    });
    return saved;
  }

  /** Bumps the year's counter row; its lock holds until commit, so numbers have no gaps or repeats. */
  private async nextNumber(manager: EntityManager, now: Date): Promise<string> {
    const rocYear = rocYearOf(now);
    const rows = (await manager.query(
      `INSERT INTO maintenance_ticket_counters (roc_year, last_number) VALUES ($1, 1)
       ON CONFLICT (roc_year) DO UPDATE SET last_number = maintenance_ticket_counters.last_number + 1
       RETURNING last_number`,
      [rocYear],
    )) as { last_number: number }[];
    return formatTicketNumber(rocYear, rows[0].last_number);
  }
}
