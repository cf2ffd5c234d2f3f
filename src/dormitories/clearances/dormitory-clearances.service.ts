import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited, updateAudited } from '../../audit/audited-changes';
import { RuleBrokenError } from '../../common/errors/constraint-errors';
import { assertVersion } from '../../common/errors/domain-error';
import { Page, PageQuery } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { DORMITORIES_CONSTRAINT_ERRORS } from '../dormitories-constraints.errors';
import {
  ClearanceDocumentRequiredError,
  ClearanceFamilyOnlyError,
  ClearanceStepBeforePreviousError,
  ClearanceStepOutOfOrderError,
} from '../dormitories.errors';
import { dormitoryScopeOf, visibleOrNotFound } from '../dormitory-scope';
import { familyRecordPage, requireFamilyDormitory } from '../family-dormitory';
import { DormitoriesService } from '../registry/dormitories.service';
import { DormitoryStatusService } from '../registry/dormitory-status.service';
import { decideClearanceStep, nextClearanceStep } from './clearance-steps';
import { DormitoryClearance } from './dormitory-clearance.entity';
import { ClearanceView, RecordClearanceStepDto, StartClearanceDto } from './dto/clearance.dto';

type ClearanceRow = DormitoryClearance & { dormitory: { code: string; name: string } };

function viewOf(row: ClearanceRow): ClearanceView {
  const { dormitory, ...clearance } = row;
  return {
    ...clearance,
    dormitoryCode: dormitory.code,
    dormitoryName: dormitory.name,
    nextStep: nextClearanceStep(row.status),
  };
}

/**
 * Clearing family dormitories (眷舍騰空): the notice starts a clearance, then handover,
 * demolition and the land's return to the finance bureau are recorded strictly in that order,
 * each dated no earlier than the one before. Demolition and land return also mark the register.
 */
@Injectable()
export class DormitoryClearancesService {
  constructor(
    @InjectRepository(DormitoryClearance) private readonly clearances: Repository<DormitoryClearance>,
    private readonly dormitories: DormitoriesService,
    private readonly statuses: DormitoryStatusService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The clearances the actor may see, latest notice first. */
  list(actor: Actor, query: PageQuery): Promise<Page<ClearanceView>> {
    return familyRecordPage(this.clearances, { column: 'notice_on', key: 'noticeOn' }, actor, query, (row) =>
      viewOf(row as ClearanceRow),
    );
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.clearances.manager): Promise<ClearanceView> {
    const row = await manager.findOne(DormitoryClearance, { where: { id }, relations: { dormitory: true } });
    return viewOf(visibleOrNotFound(row, dormitoryScopeOf(actor), 'dormitory_clearance', id) as ClearanceRow);
  }

  async start(actor: Actor, input: StartClearanceDto): Promise<ClearanceView> {
    const dormitory = await this.dormitories.requireVisible(actor, input.dormitoryId);
    requireFamilyDormitory(dormitory, ClearanceFamilyOnlyError);
    if (input.deadlineOn < input.noticeOn) {
      throw new RuleBrokenError(DORMITORIES_CONSTRAINT_ERRORS.ck_dormitory_clearances_deadline);
    }
    return this.transactions.run(async (manager) => {
      const saved = await createAudited(manager, this.audit, actor, DormitoryClearance, 'dormitory_clearance', {
        ...input,
        note: input.note ?? null,
        agencyId: dormitory.agencyId,
        status: 'noticed',
      });
      return this.get(actor, saved.id, manager);
    });
  }

  async recordStep(actor: Actor, id: string, input: RecordClearanceStepDto): Promise<ClearanceView> {
    const current = await this.get(actor, id);
    return this.transactions.run(async (manager) => {
      const saved = await updateAudited(
        manager,
        this.audit,
        actor,
        DormitoryClearance,
        'dormitory_clearance',
        id,
        (clearance) => {
          assertVersion('dormitory_clearance', id, clearance, input.version);
          const decision = decideClearanceStep(clearance.status, input.step);
          if (!decision.ok) throw new ClearanceStepOutOfOrderError(input.step, decision.expected);
          const previous = clearance[decision.rule.previousDate] as string;
          if (input.on < previous) throw new ClearanceStepBeforePreviousError(previous);
          if (decision.rule.requiresDocument && !input.documentNumber) throw new ClearanceDocumentRequiredError();
          Object.assign(clearance, { status: decision.rule.to, [decision.rule.date]: input.on });
          if (decision.rule.requiresDocument) clearance.landReturnDocumentNumber = input.documentNumber ?? null;
          if (input.note) clearance.note = input.note;
        },
        input.step,
      );
      if (saved.status === 'demolished' || saved.status === 'land_returned') {
        const registerStatus = saved.status === 'demolished' ? 'demolished' : 'handed_over';
        await this.statuses.recordClearance(manager, actor, current.dormitoryId, registerStatus, input.on);
      }
      return this.get(actor, id, manager);
    });
  }
}
