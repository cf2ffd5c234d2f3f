import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { NotFoundError } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { MaintenanceService } from '../../maintenance/maintenance.service';
import { PreparedTicket } from '../../maintenance/tickets/ticket-filing.service';
import { FindingRepairOpenError } from '../dormitories.errors';
import { Dormitory } from '../registry/dormitory.entity';
import { DormitoryPatrolsService } from './dormitory-patrols.service';
import { AddFindingDto, FindingDto, RepairDto } from './dto/patrol.dto';
import { FINDING_SEVERITY_LABELS } from './finding-severity';
import { PatrolFinding } from './patrol-finding.entity';

/**
 * Turns patrol findings into maintenance tickets. The ticket is checked before the transaction
 * and filed inside it, through maintenance's own service on the same connection, so the finding
 * and its ticket commit together or not at all.
 */
@Injectable()
export class FindingRepairsService {
  constructor(
    private readonly maintenance: MaintenanceService,
    private readonly patrols: DormitoryPatrolsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async addFinding(actor: Actor, patrolId: string, input: AddFindingDto): Promise<PatrolFinding> {
    const { repair, ...finding } = input;
    const { dormitory } = await this.patrols.requireVisible(actor, patrolId);
    // The id is chosen here so that the ticket, checked before the transaction, can point back to it.
    const id = randomUUID();
    const ticket = repair && (await this.prepareTicket(dormitory, id, finding, repair));
    return this.transactions.run(async (manager) => {
      const saved = await this.patrols.insertFinding(manager, actor, patrolId, finding, id);
      return ticket ? this.fileRepair(manager, actor, saved, ticket) : saved;
    });
  }

  async requestRepair(actor: Actor, patrolId: string, findingId: string, repair: RepairDto): Promise<PatrolFinding> {
    const { dormitory } = await this.patrols.requireVisible(actor, patrolId);
    const known = await this.patrols.requireFinding(patrolId, findingId);
    const ticket = await this.prepareTicket(dormitory, findingId, known, repair);
    return this.transactions.run(async (manager) => {
      const finding = await manager.findOne(PatrolFinding, {
        where: { id: findingId, patrolId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!finding) throw new NotFoundError('dormitory_patrol_finding', findingId);
      if (finding.repairTicketId) throw new FindingRepairOpenError(findingId, finding.repairTicketId);
      return this.fileRepair(manager, actor, finding, ticket);
    });
  }

  private prepareTicket(
    dormitory: Dormitory,
    findingId: string,
    finding: Pick<FindingDto, 'item' | 'severity'> & { note?: string | null },
    repair: RepairDto,
  ): Promise<PreparedTicket> {
    return this.maintenance.prepareTicketFromFinding({
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
      source: { module: 'dormitories', id: findingId },
    });
  }

  private async fileRepair(
    manager: EntityManager,
    actor: Actor,
    finding: PatrolFinding,
    prepared: PreparedTicket,
  ): Promise<PatrolFinding> {
    const ticket = await this.maintenance.fileTicketIn(manager, actor, prepared);
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
