import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { RuleBrokenError } from '../../common/errors/constraint-errors';
import { assertVersion, NotFoundError } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { TradesService } from '../../trades/trades.service';
import { MAINTENANCE_CONSTRAINT_ERRORS } from '../maintenance-constraints.errors';
import { SlaTargets, TICKET_PRIORITIES, TicketPriority } from './sla-clock';
import { SlaPolicy } from './sla-policy.entity';

const OFFICE_DAY = 9 * 60;

/** Targets a new database starts with: office minutes, except emergencies (wall-clock minutes). */
export const DEFAULT_SLA_TARGETS: Record<TicketPriority, SlaTargets> = {
  emergency: { responseMinutes: 30, resolutionMinutes: 4 * 60 },
  high: { responseMinutes: 2 * 60, resolutionMinutes: 2 * OFFICE_DAY },
  normal: { responseMinutes: OFFICE_DAY, resolutionMinutes: 5 * OFFICE_DAY },
  low: { responseMinutes: 2 * OFFICE_DAY, resolutionMinutes: 10 * OFFICE_DAY },
};

/** SLA targets per trade and priority. */
@Injectable()
export class SlaPoliciesService {
  constructor(
    @InjectRepository(SlaPolicy) private readonly policies: Repository<SlaPolicy>,
    private readonly trades: TradesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<SlaPolicy[]> {
    return this.policies.find({ order: { tradeCode: 'ASC', priority: 'ASC' } });
  }

  /** The policy's targets, or the defaults when the office has none for this trade yet. */
  async targetsFor(
    tradeCode: string,
    priority: TicketPriority,
    manager: EntityManager = this.policies.manager,
  ): Promise<SlaTargets> {
    const policy = await manager.findOneBy(SlaPolicy, { tradeCode, priority });
    return policy
      ? { responseMinutes: policy.responseMinutes, resolutionMinutes: policy.resolutionMinutes }
      : DEFAULT_SLA_TARGETS[priority];
  }

  update(
    actor: Actor,
    tradeCode: string,
    priority: TicketPriority,
    version: number,
    targets: SlaTargets,
  ): Promise<SlaPolicy> {
    const id = `${tradeCode}/${priority}`;
    if (targets.resolutionMinutes < targets.responseMinutes) {
      throw new RuleBrokenError(MAINTENANCE_CONSTRAINT_ERRORS.ck_maintenance_sla_policies_targets);
    }
    return this.transactions.run(async (manager) => {
      const current = await manager.findOne(SlaPolicy, {
        where: { tradeCode, priority },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw new NotFoundError('maintenance_sla_policy', id);
      assertVersion('maintenance_sla_policy', id, current, version);
      const before = { ...current };
      const saved = await manager.save(SlaPolicy, Object.assign(current, targets));
      await this.audit.record(manager, actor, {
        entityType: 'maintenance_sla_policy',
        entityId: id,
        action: 'update',
        before,
        after: saved,
      });
      return saved;
    });
  }

  /** Adds the default policy for every trade × priority that has none; edited ones are kept. For the seeder. */
  async seed(): Promise<void> {
    const trades = await this.trades.list();
    const rows = trades.flatMap((trade) =>
      TICKET_PRIORITIES.map((priority) => ({ tradeCode: trade.code, priority, ...DEFAULT_SLA_TARGETS[priority] })),
    );
    if (rows.length) await this.policies.createQueryBuilder().insert().values(rows).orIgnore().execute();
  }
}
