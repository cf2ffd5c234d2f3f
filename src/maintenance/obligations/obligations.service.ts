import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { assertVersion, NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { LocationsService } from '../../locations/locations.service';
import { TradesService } from '../../trades/trades.service';
import { ObligationInputError } from '../maintenance.errors';
import { CreateObligationDto, ObligationQuery, ObligationView, UpdateObligationDto } from './dto/obligation.dto';
import { MaintenanceObligation } from './maintenance-obligation.entity';
import { ObligationOccurrence } from './obligation-occurrence.entity';
import { dayOfMonthOf } from './obligation-schedule';
import { toObligationView } from './obligation-views';

const SOONEST_FIRST = {
  sortColumn: 'obligation.next_due_date',
  sortKey: 'nextDueDate',
  idColumn: 'obligation.id',
  direction: 'ASC',
} as const;

/**
 * The register of statutory and recurring work per center or building. Registering an
 * obligation also creates its first occurrence; moving its due date moves that occurrence, as
 * long as no work order was opened for it yet.
 */
@Injectable()
export class ObligationsService {
  constructor(
    @InjectRepository(MaintenanceObligation) private readonly obligations: Repository<MaintenanceObligation>,
    private readonly locations: LocationsService,
    private readonly trades: TradesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateObligationDto): Promise<ObligationView> {
    if ((input.kind === 'other') !== (input.otherKindName !== undefined)) {
      throw new ObligationInputError('other_kind_name');
    }
    await this.trades.requireActive(input.tradeCode);
    const place = await this.locations.path(input.locationId);
    const location = place.building?.id === input.locationId ? place.building : place.site;
    if (location.id !== input.locationId) {
      throw new ObligationInputError('location_kind', { locationId: input.locationId });
    }
    return this.transactions.run(async (manager) => {
      const obligation = await createAudited(
        manager,
        this.audit,
        actor,
        MaintenanceObligation,
        'maintenance_obligation',
        {
          ...input,
          otherKindName: input.otherKindName ?? null,
          vendorName: input.vendorName ?? null,
          vendorContact: input.vendorContact ?? null,
          agencyId: actor.agencyId,
          siteId: place.site.id,
          buildingId: place.building?.id ?? null,
          locationLabel: place.label,
          dueDayOfMonth: dayOfMonthOf(input.nextDueDate),
          createdByUserId: actor.userId,
        },
      );
      await createAudited(manager, this.audit, actor, ObligationOccurrence, 'maintenance_obligation_occurrence', {
        obligationId: obligation.id,
        dueDate: obligation.nextDueDate,
        status: 'upcoming',
      });
      return toObligationView(obligation);
    });
  }

  async update(actor: Actor, id: string, input: UpdateObligationDto): Promise<ObligationView> {
    const { version, ...changes } = input;
    if (changes.tradeCode) await this.trades.requireActive(changes.tradeCode);
    return this.transactions.run(async (manager) => {
      const obligation = await this.lock(manager, id);
      assertVersion('maintenance_obligation', id, obligation, version);
      const before = { ...obligation };
      if (changes.nextDueDate && changes.nextDueDate !== obligation.nextDueDate)
        await this.moveDueDate(manager, actor, obligation, changes.nextDueDate);
      Object.assign(obligation, changes);
      const saved = await manager.save(MaintenanceObligation, obligation);
      await this.audit.record(manager, actor, {
        entityType: 'maintenance_obligation',
        entityId: id,
        action: 'update',
        before,
        after: saved,
      });
      return toObligationView(saved);
    });
  }

  async get(id: string): Promise<ObligationView> {
    const obligation = await this.obligations.findOneBy({ id });
    if (!obligation) throw new NotFoundError('maintenance_obligation', id);
    return toObligationView(obligation);
  }

  async list(query: ObligationQuery): Promise<Page<ObligationView>> {
    const builder = this.obligations.createQueryBuilder('obligation');
    if (!query.includeInactive) builder.andWhere('obligation.active');
    if (query.siteId) builder.andWhere('obligation.site_id = :siteId', { siteId: query.siteId });
    if (query.buildingId) builder.andWhere('obligation.building_id = :buildingId', { buildingId: query.buildingId });
    if (query.kind) builder.andWhere('obligation.kind = :kind', { kind: query.kind });
    if (query.dueFrom) builder.andWhere('obligation.next_due_date >= :dueFrom', { dueFrom: query.dueFrom });
    if (query.dueTo) builder.andWhere('obligation.next_due_date <= :dueTo', { dueTo: query.dueTo });
    const page = await keysetPage(builder, SOONEST_FIRST, query);
    return { items: page.items.map(toObligationView), nextCursor: page.nextCursor };
  }

  private async lock(manager: EntityManager, id: string): Promise<MaintenanceObligation> {
    const obligation = await manager.findOne(MaintenanceObligation, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!obligation) throw new NotFoundError('maintenance_obligation', id);
    return obligation;
  }

  private async moveDueDate(
    manager: EntityManager,
    actor: Actor,
    obligation: MaintenanceObligation,
    dueDate: string,
  ): Promise<void> {
    const pending = await manager.findOne(ObligationOccurrence, {
      where: { obligationId: obligation.id, status: 'upcoming' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!pending || pending.ticketId) {
      throw new ObligationInputError('due_date_locked', { obligationId: obligation.id });
    }
    const before = { ...pending };
    pending.dueDate = dueDate;
    const saved = await manager.save(ObligationOccurrence, pending);
    await this.audit.record(manager, actor, {
      entityType: 'maintenance_obligation_occurrence',
      entityId: pending.id,
      action: 'move_due_date',
      before,
      after: saved,
    });
    obligation.dueDayOfMonth = dayOfMonthOf(dueDate);
  }
}
