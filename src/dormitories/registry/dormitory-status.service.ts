import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { NotFoundError, assertVersion } from '../../common/errors/domain-error';
import { taipeiDate } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { DormitoryOccupiedError, DormitoryRemovedError } from '../dormitories.errors';
import { DormitoriesService } from './dormitories.service';
import { DormitoryStatus, REMOVED_STATUSES } from './dormitory-kinds';
import { DormitoryStatusChange } from './dormitory-status-change.entity';
import { Dormitory } from './dormitory.entity';
import { ChangeDormitoryStatusDto } from './dto/dormitory.dto';

async function activeAssignmentsOn(manager: EntityManager, dormitoryId: string, day: string): Promise<number> {
  const [row] = (await manager.query(
    `SELECT count(*)::int AS count FROM dormitory_assignments a JOIN dormitory_units u ON u.id = a.unit_id
      WHERE u.dormitory_id = $1 AND (a.ends_on IS NULL OR a.ends_on > $2)`,
    [dormitoryId, day],
  )) as { count: number }[];
  return row.count;
}

/**
 * Dated status changes of a dormitory. Demolition (拆除) and handover to the finance bureau take
 * it off the register for good, and only once nobody lives there any more.
 */
@Injectable()
export class DormitoryStatusService {
  constructor(
    private readonly dormitories: DormitoriesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async change(actor: Actor, id: string, input: ChangeDormitoryStatusDto): Promise<Dormitory> {
    await this.dormitories.requireVisible(actor, id);
    return this.transactions.run(async (manager) => {
      const current = await manager.findOne(Dormitory, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('dormitory', id);
      assertVersion('dormitory', current.id, current, input.version);
      if (REMOVED_STATUSES.includes(current.status)) throw new DormitoryRemovedError(id);
      const removes = REMOVED_STATUSES.includes(input.status);
      if (removes) {
        const occupants = await activeAssignmentsOn(manager, id, input.effectiveOn);
        if (occupants) throw new DormitoryOccupiedError(id, occupants);
      }
      const fromStatus = current.status;
      const saved = await updateAudited(
        manager,
        this.audit,
        actor,
        Dormitory,
        'dormitory',
        id,
        (dormitory) =>
          Object.assign(dormitory, { status: input.status, removedOn: removes ? input.effectiveOn : null }),
        'change_status',
      );
      await manager.insert(DormitoryStatusChange, {
        dormitoryId: id,
        fromStatus,
        toStatus: input.status,
        effectiveOn: input.effectiveOn,
        note: input.note ?? null,
      });
      return saved;
    });
  }

  /**
   * A clearance step's mark on the register, in the clearance's transaction: demolition takes the
   * dormitory off the register (nobody may live there any more); the land's return to the finance
   * bureau follows a demolition and keeps the day it left.
   */
  async recordClearance(
    manager: EntityManager,
    actor: Actor,
    id: string,
    status: 'demolished' | 'handed_over',
    effectiveOn: string,
  ): Promise<void> {
    const current = await manager.findOne(Dormitory, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new NotFoundError('dormitory', id);
    const landAfterDemolition = current.status === 'demolished' && status === 'handed_over';
    if (REMOVED_STATUSES.includes(current.status) && !landAfterDemolition) throw new DormitoryRemovedError(id);
    const occupants = await activeAssignmentsOn(manager, id, effectiveOn);
    if (occupants) throw new DormitoryOccupiedError(id, occupants);
    await updateAudited(
      manager,
      this.audit,
      actor,
      Dormitory,
      'dormitory',
      id,
      (dormitory) => Object.assign(dormitory, { status, removedOn: dormitory.removedOn ?? effectiveOn }),
      'change_status',
    );
    await manager.insert(DormitoryStatusChange, {
      dormitoryId: id,
      fromStatus: current.status,
      toStatus: status,
      effectiveOn,
      note: status === 'demolished' ? '眷舍騰空拆除' : '土地移交財政局',
    });
  }

  /**
   * After a move-in or move-out: a vacant dormitory with someone assigned becomes in use, and an
   * in-use one with nobody left becomes vacant, dated the day of the move. A dormitory lent out or
   * removed keeps its status. An assignment counts until its move-out day, so one starting later
   * already holds the dormitory.
   */
  async followOccupancy(manager: EntityManager, actor: Actor, dormitoryId: string, movedOn: string): Promise<void> {
    const current = await manager.findOne(Dormitory, {
      where: { id: dormitoryId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!current || (current.status !== 'in_use' && current.status !== 'vacant')) return;
    const occupied = (await activeAssignmentsOn(manager, dormitoryId, taipeiDate(new Date()))) > 0;
    const status: DormitoryStatus = occupied ? 'in_use' : 'vacant';
    if (status === current.status) return;
    await updateAudited(
      manager,
      this.audit,
      actor,
      Dormitory,
      'dormitory',
      dormitoryId,
      (dormitory) => Object.assign(dormitory, { status }),
      'follow_occupancy',
    );
    await manager.insert(DormitoryStatusChange, {
      dormitoryId,
      fromStatus: current.status,
      toStatus: status,
      effectiveOn: movedOn,
      note: occupied ? '配住' : '住戶遷出',
    });
  }
}
