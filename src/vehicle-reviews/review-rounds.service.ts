import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { createAudited } from '../audit/audited-changes';
import { assertVersion, NotFoundError } from '../common/errors/domain-error';
import { taipeiDate } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../identity/actor';
import { OpenRoundDto, RoundView, UpdateRoundDto } from './dto/review-round.dto';
import { VehicleReviewRound } from './vehicle-review-round.entity';
import { CeilingBelowApprovedError, FilingClosedError } from './vehicle-reviews.errors';

export const ROUND_ENTITY = 'vehicle_review_round';

export function isFilingOpen(round: VehicleReviewRound, now = new Date()): boolean {
  return taipeiDate(now) <= round.deadline;
}

export function toRoundView(round: VehicleReviewRound): RoundView {
  const { id, budgetYear, deadline, ceilingAmount, approvedTotal, createdAt, version } = round;
  const remainingAmount = ceilingAmount - approvedTotal;
  return {
    id,
    budgetYear,
    deadline,
    ceilingAmount,
    approvedTotal,
    remainingAmount,
    filingOpen: isFilingOpen(round),
    createdAt,
    version,
  };
}

/** The yearly pre-review rounds: the office opens one per budget year with its deadline and ceiling. */
@Injectable()
export class ReviewRoundsService {
  constructor(
    @InjectRepository(VehicleReviewRound) private readonly rounds: Repository<VehicleReviewRound>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<VehicleReviewRound[]> {
    return this.rounds.find({ order: { budgetYear: 'DESC' } });
  }

  async get(id: string): Promise<VehicleReviewRound> {
    const round = await this.rounds.findOneBy({ id });
    if (!round) throw new NotFoundError(ROUND_ENTITY, id);
    return round;
  }

  /** The round, locked until the caller's transaction ends: every change of its total goes through this lock. */
  async lock(manager: EntityManager, id: string): Promise<VehicleReviewRound> {
    const round = await manager.findOne(VehicleReviewRound, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!round) throw new NotFoundError(ROUND_ENTITY, id);
    return round;
  }

  async requireFilingOpen(id: string): Promise<VehicleReviewRound> {
    const round = await this.get(id);
    if (!isFilingOpen(round)) throw new FilingClosedError(round.deadline);
    return round;
  }

  async open(actor: Actor, input: OpenRoundDto): Promise<VehicleReviewRound> {
    return this.transactions.run((manager) =>
      createAudited(
        manager,
        this.audit,
        actor,
        VehicleReviewRound,
        ROUND_ENTITY,
        { ...input, approvedTotal: 0, openedByUserId: actor.userId },
        'open',
      ),
    );
  }

  /** Moves the deadline or the ceiling; the ceiling never drops below what is approved already. */
  update(actor: Actor, id: string, input: UpdateRoundDto): Promise<VehicleReviewRound> {
    return this.transactions.run(async (manager) => {
      const round = await this.lock(manager, id);
      assertVersion(ROUND_ENTITY, id, round, input.version);
      const before = { ...round };
      if (input.ceilingAmount !== undefined && input.ceilingAmount < round.approvedTotal)
        throw new CeilingBelowApprovedError(round.approvedTotal);
      manager.merge(VehicleReviewRound, round, {
        ...(input.deadline !== undefined && { deadline: input.deadline }),
        ...(input.ceilingAmount !== undefined && { ceilingAmount: input.ceilingAmount }),
      });
      const saved = await manager.save(VehicleReviewRound, round);
      await this.audit.record(manager, actor, {
        entityType: ROUND_ENTITY,
        entityId: id,
        action: 'update',
        before,
        after: saved,
      });
      return saved;
    });
  }

  /** Adds `delta` to the round's approved total; the CHECK refuses a total above the ceiling. */
  async moveApprovedTotal(
    manager: EntityManager,
    round: VehicleReviewRound,
    delta: number,
  ): Promise<VehicleReviewRound> {
    if (delta === 0) return round;
    await manager.query(
      'UPDATE vehicle_review_rounds SET approved_total = approved_total + $2, updated_at = now() WHERE id = $1',
      [round.id, delta],
    );
    return { ...round, approvedTotal: round.approvedTotal + delta };
  }
}
