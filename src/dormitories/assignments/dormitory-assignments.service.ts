import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { AuditService } from '../../audit/audit.service';
import { createAudited, updateAudited } from '../../audit/audited-changes';
import { RuleBrokenError } from '../../common/errors/constraint-errors';
import { assertVersion, NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { UsersService } from '../../users/users.service';
import { DORMITORIES_CONSTRAINT_ERRORS } from '../dormitories-constraints.errors';
import { AssignmentClosedError, DormitoryRemovedError, OccupantRequiredError } from '../dormitories.errors';
import { dormitoryScopeOf } from '../dormitory-scope';
import { DormitoriesService } from '../registry/dormitories.service';
import { REMOVED_STATUSES } from '../registry/dormitory-kinds';
import { DormitoryStatusService } from '../registry/dormitory-status.service';
import { DormitoryUnit } from '../registry/dormitory-unit.entity';
import { Dormitory } from '../registry/dormitory.entity';
import { DormitoryAssignment } from './dormitory-assignment.entity';
import { AssignmentQuery, CreateAssignmentDto, MoveOutDeadlineDto, MoveOutDto } from './dto/assignment.dto';

/** Who lives in which unit from when to when; move-out closes the assignment. */
@Injectable()
export class DormitoryAssignmentsService {
  constructor(
    @InjectRepository(DormitoryAssignment) private readonly assignments: Repository<DormitoryAssignment>,
    private readonly dormitories: DormitoriesService,
    private readonly statuses: DormitoryStatusService,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, query: AssignmentQuery): Promise<Page<DormitoryAssignment>> {
    const builder = this.assignments
      .createQueryBuilder('assignment')
      .innerJoin(DormitoryUnit, 'unit', 'unit.id = assignment.unit_id')
      .innerJoin(Dormitory, 'dormitory', 'dormitory.id = unit.dormitory_id');
    const scope = dormitoryScopeOf(actor);
    if (scope) builder.andWhere('dormitory.agency_id = :scope', { scope });
    if (query.dormitoryId) builder.andWhere('unit.dormitory_id = :dormitoryId', { dormitoryId: query.dormitoryId });
    if (query.unitId) builder.andWhere('assignment.unit_id = :unitId', { unitId: query.unitId });
    if (query.occupantAgencyId)
      builder.andWhere('assignment.occupant_agency_id = :occupantAgencyId', {
        occupantAgencyId: query.occupantAgencyId,
      });
    if (query.overdueOn)
      builder.andWhere('assignment.ends_on IS NULL AND assignment.move_out_due_on < CAST(:overdueOn AS date)', {
        overdueOn: query.overdueOn,
      });
    if (query.activeOn)
      builder.andWhere('daterange(assignment.starts_on, assignment.ends_on) @> CAST(:activeOn AS date)', {
        activeOn: query.activeOn,
      });
    return keysetPage(
      builder,
      { sortColumn: 'assignment.created_at', sortKey: 'createdAt', idColumn: 'assignment.id', direction: 'DESC' },
      query,
    );
  }

  /**
   * Assigns a unit. Overlapping occupancy of one unit is refused by the exclusion constraint
   * (409 `dormitories.unit_occupied`), which also settles simultaneous requests for the same unit.
   */
  async create(actor: Actor, input: CreateAssignmentDto): Promise<DormitoryAssignment> {
    const occupant = await this.resolveOccupant(input);
    return this.transactions.run(async (manager) => {
      const { dormitory } = await this.dormitories.requireVisibleUnit(actor, input.unitId, manager);
      if (REMOVED_STATUSES.includes(dormitory.status)) throw new DormitoryRemovedError(dormitory.id);
      const saved = await createAudited(manager, this.audit, actor, DormitoryAssignment, 'dormitory_assignment', {
        unitId: input.unitId,
        ...occupant,
        startsOn: input.startsOn,
        moveOutDueOn: input.moveOutDueOn ?? null,
        note: input.note ?? null,
      });
      await this.statuses.followOccupancy(manager, actor, dormitory.id, input.startsOn);
      return saved;
    });
  }

  async moveOut(actor: Actor, id: string, input: MoveOutDto): Promise<DormitoryAssignment> {
    return this.transactions.run(async (manager) => {
      const { dormitory } = await this.requireVisible(actor, id, manager);
      const saved = await updateAudited(
        manager,
        this.audit,
        actor,
        DormitoryAssignment,
        'dormitory_assignment',
        id,
        (assignment) => {
          assertVersion('dormitory_assignment', assignment.id, assignment, input.version);
          if (assignment.endsOn) throw new AssignmentClosedError(id);
          if (input.endsOn <= assignment.startsOn) {
            throw new RuleBrokenError(DORMITORIES_CONSTRAINT_ERRORS.ck_dormitory_assignments_period);
          }
          Object.assign(assignment, { endsOn: input.endsOn, note: input.note ?? assignment.note });
        },
        'move_out',
      );
      await this.statuses.followOccupancy(manager, actor, dormitory.id, input.endsOn);
      return saved;
    });
  }

  /** Sets or clears the day by which the occupant must move out (retirement, transfer, end of term). */
  async setMoveOutDeadline(actor: Actor, id: string, input: MoveOutDeadlineDto): Promise<DormitoryAssignment> {
    return this.transactions.run(async (manager) => {
      await this.requireVisible(actor, id, manager);
      return updateAudited(
        manager,
        this.audit,
        actor,
        DormitoryAssignment,
        'dormitory_assignment',
        id,
        (assignment) => {
          assertVersion('dormitory_assignment', assignment.id, assignment, input.version);
          if (assignment.endsOn) throw new AssignmentClosedError(id);
          if (input.moveOutDueOn !== null && input.moveOutDueOn <= assignment.startsOn) {
            throw new RuleBrokenError(DORMITORIES_CONSTRAINT_ERRORS.ck_dormitory_assignments_move_out_due_on);
          }
          assignment.moveOutDueOn = input.moveOutDueOn;
        },
        'set_move_out_deadline',
      );
    });
  }

  /** The assignment and its dormitory when the actor may see them; otherwise not found. */
  private async requireVisible(actor: Actor, id: string, manager: EntityManager): Promise<{ dormitory: Dormitory }> {
    const current = await manager.findOneBy(DormitoryAssignment, { id });
    if (!current) throw new NotFoundError('dormitory_assignment', id);
    return this.dormitories.requireVisibleUnit(actor, current.unitId, manager).catch(() => {
      throw new NotFoundError('dormitory_assignment', id);
    });
  }

  private async resolveOccupant(
    input: CreateAssignmentDto,
  ): Promise<Pick<DormitoryAssignment, 'occupantUserId' | 'occupantName' | 'occupantAgencyId'>> {
    if (input.occupantUserId) {
      const user = await this.users.getIdentity(input.occupantUserId);
      if (!user.active) throw new NotFoundError('user', input.occupantUserId);
      return { occupantUserId: user.id, occupantName: user.displayName, occupantAgencyId: user.agencyId };
    }
    if (!input.occupantName || !input.occupantAgencyId) throw new OccupantRequiredError();
    await this.agencies.requireActive(input.occupantAgencyId);
    return { occupantUserId: null, occupantName: input.occupantName, occupantAgencyId: input.occupantAgencyId };
  }
}
