import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { ConflictError, NotFoundError } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { TradesService } from '../../trades/trades.service';
import { Dormitory } from '../registry/dormitory.entity';
import { DormitoryPatrolsService } from './dormitory-patrols.service';
import { AddFindingDto, RepairDto } from './dto/patrol.dto';
import { FINDING_SEVERITY_LABELS } from './finding-severity';
import { PatrolFinding } from './patrol-finding.entity';
import { REPAIR_REQUESTER, RepairRequester } from './repair-requester';

/**
 * Turns patrol findings into maintenance tickets through the RepairRequester port. The finding
 * and its ticket id are written in one transaction, and the port is called last in it: if the
 * ticket cannot be opened, no finding is left behind.
 */
@Injectable()
export class FindingRepairsService {
  constructor(
    @Inject(REPAIR_REQUESTER) private readonly repairs: RepairRequester,
    private readonly patrols: DormitoryPatrolsService,
    private readonly trades: TradesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async addFinding(actor: Actor, patrolId: string, input: AddFindingDto): Promise<PatrolFinding> {
    const { repair, ...finding } = input;
    if (repair) await this.trades.requireActive(repair.tradeCode);
    return this.transactions.run(async (manager) => {
      const { dormitory } = await this.patrols.requireVisible(actor, patrolId, manager);
      const saved = await this.patrols.insertFinding(manager, actor, patrolId, finding);
      return repair ? this.openRepair(manager, actor, dormitory, saved, repair) : saved;
    });
  }

  async requestRepair(actor: Actor, patrolId: string, findingId: string, repair: RepairDto): Promise<PatrolFinding> {
    await this.trades.requireActive(repair.tradeCode);
    return this.transactions.run(async (manager) => {
      const { dormitory } = await this.patrols.requireVisible(actor, patrolId, manager);
      const finding = await manager.findOne(PatrolFinding, {
        where: { id: findingId, patrolId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!finding) throw new NotFoundError('dormitory_patrol_finding', findingId);
      if (finding.repairTicketId)
        throw new ConflictError(
          'dormitory_patrol_finding.repair_open',
          `finding ${findingId} already has repair ticket ${finding.repairTicketId}`,
          { repairTicketId: finding.repairTicketId },
        );
      return this.openRepair(manager, actor, dormitory, finding, repair);
    });
  }

  private async openRepair(
    manager: EntityManager,
    actor: Actor,
    dormitory: Dormitory,
    finding: PatrolFinding,
    repair: RepairDto,
  ): Promise<PatrolFinding> {
    const ticket = await this.repairs.openTicketFromFinding(actor, {
      agencyId: dormitory.agencyId,
      spotText: `${dormitory.name}（${dormitory.address}）`,
      tradeCode: repair.tradeCode,
      priority: repair.priority,
      title: repair.title ?? `宿舍巡查：${finding.item}`,
      description: [
        `${dormitory.code} ${dormitory.name} 巡查發現：${finding.item}（${FINDING_SEVERITY_LABELS[finding.severity]}）`,
        finding.note,
      ]
        .filter(Boolean)
        .join('\n'),
      source: { module: 'dormitories', id: finding.id },
    });
    return updateAudited(
      manager,
      this.audit,
      actor,
      PatrolFinding,
      'dormitory_patrol_finding',
      finding.id,
      (row) => Object.assign(row, { repairTicketId: ticket.id, repairRequestedAt: new Date() }),
      'request_repair',
    );
  }
}
