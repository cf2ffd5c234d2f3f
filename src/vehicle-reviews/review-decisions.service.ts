import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertVersion, NotFoundError } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../identity/actor';
import { DecideLineDto, RequestLineView } from './dto/request-line.dto';
import { RequestLineViews } from './request-line-views';
import { LINE_ENTITY } from './request-lines.service';
import { ReviewRoundsService, ROUND_ENTITY } from './review-rounds.service';
import { VehicleRequestLine } from './vehicle-request-line.entity';
import { STATE_OF_DECISION } from './vehicle-review-kinds';
import {
  ApprovedAmountRequiredError,
  CeilingExceededError,
  DecisionReasonRequiredError,
} from './vehicle-reviews.errors';

function checkDecision(input: DecideLineDto): void {
  if (input.decision === 'approve' && input.approvedAmount === undefined) throw new ApprovedAmountRequiredError();
  if (input.decision === 'reject' && !input.reason) throw new DecisionReasonRequiredError();
}

/**
 * The office's decision on a line: approve (for the amount it can afford, which may be less than
 * asked), defer or reject. A decision may be changed; the round's approved total moves by the
 * difference. The round row is locked before the line, in every decision, so concurrent decisions
 * queue on it and never deadlock; its CHECK is the last word on the ceiling.
 */
@Injectable()
export class ReviewDecisionsService {
  constructor(
    @InjectRepository(VehicleRequestLine) private readonly lines: Repository<VehicleRequestLine>,
    private readonly rounds: ReviewRoundsService,
    private readonly views: RequestLineViews,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async decide(actor: Actor, lineId: string, input: DecideLineDto): Promise<RequestLineView> {
    checkDecision(input);
    const found = await this.lines.findOneBy({ id: lineId });
    if (!found) throw new NotFoundError(LINE_ENTITY, lineId);
    const saved = await this.transactions.run(async (manager) => {
      const round = await this.rounds.lock(manager, found.roundId);
      const line = (await manager.findOne(VehicleRequestLine, {
        where: { id: lineId },
        lock: { mode: 'pessimistic_write' },
      }))!;
      assertVersion(LINE_ENTITY, lineId, line, input.version);
      const before = { ...line };
      const approve = input.decision === 'approve';
      const approvedAmount = approve ? input.approvedAmount! : null;
      const othersApproved = round.approvedTotal - (line.approvedAmount ?? 0);
      if (approve && othersApproved + approvedAmount! > round.ceilingAmount)
        throw new CeilingExceededError(round.ceilingAmount, othersApproved);
      const moved = await this.rounds.moveApprovedTotal(
        manager,
        round,
        (approvedAmount ?? 0) - (line.approvedAmount ?? 0),
      );
      manager.merge(VehicleRequestLine, line, {
        state: STATE_OF_DECISION[input.decision],
        approvedAmount,
        approvedQuantity: approve ? (input.approvedQuantity ?? line.quantity) : null,
        decisionReason: input.reason ?? null,
        decidedByUserId: actor.userId,
        decidedAt: new Date(),
      });
      const decided = await manager.save(VehicleRequestLine, line);
      await this.audit.record(manager, actor, {
        entityType: LINE_ENTITY,
        entityId: lineId,
        action: input.decision,
        before,
        after: decided,
      });
      if (moved !== round)
        await this.audit.record(manager, actor, {
          entityType: ROUND_ENTITY,
          entityId: round.id,
          action: 'approved_total',
          before: { approvedTotal: round.approvedTotal },
          after: { approvedTotal: moved.approvedTotal },
        });
      return decided;
    });
    return this.views.one(saved);
  }
}
