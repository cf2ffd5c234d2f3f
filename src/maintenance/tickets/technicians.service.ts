import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { NotFoundError } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor, hasAnyRole } from '../../identity/actor';
import { TradesService } from '../../trades/trades.service';
import { TechnicianTrade } from './technician-trade.entity';
import { OFFICE_ROLES, TicketViewer } from './ticket-access';

/** Which trades each technician works in; a technician with at least one trade can be assigned. */
@Injectable()
export class TechniciansService {
  constructor(
    @InjectRepository(TechnicianTrade) private readonly technicianTrades: Repository<TechnicianTrade>,
    private readonly trades: TradesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async tradesOf(userId: string, manager: EntityManager = this.technicianTrades.manager): Promise<string[]> {
    const rows = await manager.find(TechnicianTrade, { where: { userId }, order: { tradeCode: 'ASC' } });
    return rows.map((row) => row.tradeCode);
  }

  /** Coordinators (and admins) read anyone's trades; a technician only their own, others' are not found. */
  async visibleTradesOf(actor: Actor, userId: string): Promise<string[]> {
    if (userId !== actor.userId && !hasAnyRole(actor, OFFICE_ROLES)) throw new NotFoundError('technician', userId);
    return this.tradesOf(userId);
  }

  /** The actor together with their trades, for visibility and lifecycle decisions. */
  async viewerOf(actor: Actor): Promise<TicketViewer> {
    return { actor, trades: actor.roles.includes('technician') ? await this.tradesOf(actor.userId) : [] };
  }

  async isAssignable(manager: EntityManager, userId: string): Promise<boolean> {
    return manager.existsBy(TechnicianTrade, { userId });
  }

  /** Replaces the technician's trades. The user must exist (foreign key); the trades must be active. */
  async setTrades(actor: Actor, userId: string, tradeCodes: string[]): Promise<string[]> {
    const unique = [...new Set(tradeCodes)];
    for (const code of unique) await this.trades.requireActive(code);
    return this.transactions.run(async (manager) => {
      const before = await this.tradesOf(userId, manager);
      await manager.delete(TechnicianTrade, { userId });
      if (unique.length)
        await manager.insert(
          TechnicianTrade,
          unique.map((tradeCode) => ({ userId, tradeCode })),
        );
      await this.audit.record(manager, actor, {
        entityType: 'maintenance_technician',
        entityId: userId,
        action: 'set_trades',
        before: { tradeCodes: before },
        after: { tradeCodes: unique },
      });
      return unique.sort();
    });
  }
}
