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
import { toAttachmentView } from '../../maintenance/attachments/dto/attachment.dto';
import { DORMITORIES_CONSTRAINT_ERRORS } from '../dormitories-constraints.errors';
import { HearingBeforeFilingError, LawsuitFamilyOnlyError } from '../dormitories.errors';
import { dormitoryScopeOf, visibleOrNotFound } from '../dormitory-scope';
import { familyRecordPage, requireFamilyDormitory } from '../family-dormitory';
import { DormitoriesService } from '../registry/dormitories.service';
import { DormitoryLawsuitDocument } from './dormitory-lawsuit-document.entity';
import { DormitoryLawsuitHearing } from './dormitory-lawsuit-hearing.entity';
import { DormitoryLawsuit } from './dormitory-lawsuit.entity';
import { AddHearingDto, CreateLawsuitDto, LawsuitDetailView, LawsuitView, UpdateLawsuitDto } from './dto/lawsuit.dto';

type LawsuitRow = DormitoryLawsuit & { dormitory: { code: string; name: string } };

function viewOf({ dormitory, ...lawsuit }: LawsuitRow): LawsuitView {
  return { ...lawsuit, dormitoryCode: dormitory.code, dormitoryName: dormitory.name };
}

/**
 * Lawsuits to recover family dormitories from occupants without right: the case, its stage,
 * hearings, outcome and court documents. A court's case number is taken once (the database's
 * unique key; the answer names `caseNumber`).
 */
@Injectable()
export class DormitoryLawsuitsService {
  constructor(
    @InjectRepository(DormitoryLawsuit) private readonly lawsuits: Repository<DormitoryLawsuit>,
    private readonly dormitories: DormitoriesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The lawsuits the actor may see, latest filed first (each shows whether it is still open). */
  list(actor: Actor, query: PageQuery): Promise<Page<LawsuitView>> {
    return familyRecordPage(this.lawsuits, { column: 'filed_on', key: 'filedOn' }, actor, query, (row) =>
      viewOf(row as LawsuitRow),
    );
  }

  async requireVisible(
    actor: Actor,
    id: string,
    manager: EntityManager = this.lawsuits.manager,
  ): Promise<DormitoryLawsuit> {
    const row = await manager.findOne(DormitoryLawsuit, { where: { id }, relations: { dormitory: true } });
    return visibleOrNotFound(row, dormitoryScopeOf(actor), 'dormitory_lawsuit', id);
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.lawsuits.manager): Promise<LawsuitDetailView> {
    const lawsuit = await this.requireVisible(actor, id, manager);
    const [hearings, documents] = await Promise.all([
      manager.find(DormitoryLawsuitHearing, { where: { lawsuitId: id }, order: { heldOn: 'ASC', createdAt: 'ASC' } }),
      manager.find(DormitoryLawsuitDocument, { where: { lawsuitId: id }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      ...viewOf(lawsuit as LawsuitRow),
      hearings: hearings.map(({ id: hearingId, heldOn, stage, note }) => ({ id: hearingId, heldOn, stage, note })),
      documents: documents.map(toAttachmentView),
    };
  }

  async create(actor: Actor, input: CreateLawsuitDto): Promise<LawsuitDetailView> {
    const dormitory = await this.dormitories.requireVisible(actor, input.dormitoryId);
    requireFamilyDormitory(dormitory, LawsuitFamilyOnlyError);
    return this.transactions.run(async (manager) => {
      const saved = await createAudited(manager, this.audit, actor, DormitoryLawsuit, 'dormitory_lawsuit', {
        ...input,
        stage: input.stage ?? 'first_instance',
        agencyId: dormitory.agencyId,
        status: 'open',
      });
      return this.get(actor, saved.id, manager);
    });
  }

  /** Moves the lawsuit to another stage, or records its outcome and closes it. */
  async update(actor: Actor, id: string, input: UpdateLawsuitDto): Promise<LawsuitDetailView> {
    await this.requireVisible(actor, id);
    return this.transactions.run(async (manager) => {
      await updateAudited(manager, this.audit, actor, DormitoryLawsuit, 'dormitory_lawsuit', id, (lawsuit) => {
        assertVersion('dormitory_lawsuit', id, lawsuit, input.version);
        if (input.closedOn && (input.closedOn < lawsuit.filedOn || !(input.outcome ?? lawsuit.outcome))) {
          throw new RuleBrokenError(DORMITORIES_CONSTRAINT_ERRORS.ck_dormitory_lawsuits_closed);
        }
        Object.assign(lawsuit, {
          stage: input.stage ?? lawsuit.stage,
          outcome: input.outcome ?? lawsuit.outcome,
          closedOn: input.closedOn ?? lawsuit.closedOn,
          status: (input.closedOn ?? lawsuit.closedOn) ? 'closed' : 'open',
        });
      });
      return this.get(actor, id, manager);
    });
  }

  async addHearing(actor: Actor, id: string, input: AddHearingDto): Promise<LawsuitDetailView> {
    const lawsuit = await this.requireVisible(actor, id);
    if (input.heldOn < lawsuit.filedOn) {
      throw new HearingBeforeFilingError(lawsuit.filedOn);
    }
    return this.transactions.run(async (manager) => {
      await createAudited(manager, this.audit, actor, DormitoryLawsuitHearing, 'dormitory_lawsuit_hearing', {
        lawsuitId: id,
        heldOn: input.heldOn,
        stage: lawsuit.stage,
        note: input.note ?? null,
      });
      return this.get(actor, id, manager);
    });
  }
}
