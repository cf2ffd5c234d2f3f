import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { assertVersion, NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { taipeiDate } from '../../common/time';
import { AppConfig } from '../../config/app-config.schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor, agencyScopeOf } from '../../identity/actor';
import { AssetMovement } from '../movements/asset-movement.entity';
import { assertMayMove, AssetMovementsService } from '../movements/asset-movements.service';
import { Asset } from '../register/asset.entity';
import { AssetMovementFormStep, StepDecision } from './asset-movement-form-step.entity';
import { AssetMovementForm } from './asset-movement-form.entity';
import {
  DecideMovementFormDto,
  FileMovementFormDto,
  MovementFormDetail,
  MovementFormQuery,
  MovementFormView,
  RejectMovementFormDto,
} from './dto/movement-form.dto';
import { approvalStepsFor } from './movement-approval';
import {
  ApproverAlreadyInvolvedError,
  FormAlreadyPendingError,
  FormNotPendingError,
  NotFilerError,
  NotYourStepError,
} from './movement-forms.errors';

/** Roles that see every agency's movement forms; an agency admin sees its own agency's. */
const ROLES_SEEING_ALL_FORMS = ['property_officer'] as const;

function viewOf(form: AssetMovementForm): MovementFormView {
  const { asset, agency: _agency, filedBy: _filedBy, movement: _movement, updatedAt: _updatedAt, ...fields } = form;
  return {
    ...fields,
    propertyNumber: asset!.propertyNumber,
    assetName: asset!.name,
    nextRole: form.status === 'pending' ? form.approvalSteps[form.approvedSteps] : null,
  };
}

/**
 * Movement forms (財產異動申請): filing a transfer, donation, sale or scrapping, the approvals its
 * asset's cost needs, each by its role, and the movement written by the last approval in the
 * same transaction. The filer and each approver are different people.
 */
@Injectable()
export class MovementFormsService {
  constructor(
    @InjectRepository(AssetMovementForm) private readonly forms: Repository<AssetMovementForm>,
    @InjectRepository(AssetMovementFormStep) private readonly steps: Repository<AssetMovementFormStep>,
    private readonly movements: AssetMovementsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, query: MovementFormQuery): Promise<Page<MovementFormView>> {
    const builder = this.forms.createQueryBuilder('form').innerJoinAndSelect('form.asset', 'asset');
    const scope = agencyScopeOf(actor, ROLES_SEEING_ALL_FORMS);
    if (scope) builder.andWhere('form.custodian_agency_id = :scope', { scope });
    if (query.status) builder.andWhere('form.status = :status', { status: query.status });
    if (query.assetId) builder.andWhere('form.asset_id = :assetId', { assetId: query.assetId });
    if (query.awaitingMe) {
      builder
        .andWhere("form.status = 'pending' AND form.approval_steps[form.approved_steps + 1] = ANY(:roles)", {
          roles: actor.roles,
        })
        .andWhere(
          "(form.approval_steps[form.approved_steps + 1] <> 'agency_admin' OR form.custodian_agency_id = :own)",
          {
            own: actor.agencyId,
          },
        );
    }
    const page = await keysetPage(
      builder,
      { sortColumn: 'form.filed_at', sortKey: 'filedAt', idColumn: 'form.id', direction: 'DESC' },
      query,
    );
    return { ...page, items: page.items.map(viewOf) };
  }

  async get(actor: Actor, id: string): Promise<MovementFormDetail> {
    const form = await this.forms.findOne({ where: { id }, relations: { asset: true, movement: true } });
    const scope = agencyScopeOf(actor, ROLES_SEEING_ALL_FORMS);
    if (!form || (scope && form.custodianAgencyId !== scope)) throw new NotFoundError('asset_movement_form', id);
    const steps = await this.steps.find({ where: { formId: id }, order: { stepIndex: 'ASC' } });
    return { ...viewOf(form), steps, movement: form.movement ?? null };
  }

  /** Files a form for an asset the actor may see; the movement's rules are checked now, and again when approved. */
  async file(actor: Actor, input: FileMovementFormDto): Promise<MovementFormDetail> {
    const id = await this.transactions.run(async (manager) => {
      const asset = await manager.findOne(Asset, { where: { id: input.assetId }, lock: { mode: 'pessimistic_write' } });
      const scope = agencyScopeOf(actor, ROLES_SEEING_ALL_FORMS);
      if (!asset || (scope && asset.custodianAgencyId !== scope)) throw new NotFoundError('asset', input.assetId);
      assertMayMove(asset, input.kind, { ...input, occurredOn: taipeiDate(new Date()) });
      const pending = await manager.findOneBy(AssetMovementForm, { assetId: asset.id, status: 'pending' });
      if (pending) throw new FormAlreadyPendingError(asset.id, pending.id);
      const form = await manager.save(
        AssetMovementForm,
        manager.create(AssetMovementForm, {
          ...input,
          custodianAgencyId: asset.custodianAgencyId,
          assetCost: asset.acquisitionCost,
          approvalSteps: approvalStepsFor(this.config.assets.movementApproval, asset.acquisitionCost),
          filedByUserId: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, {
        entityType: 'asset_movement_form',
        entityId: form.id,
        action: 'file',
        after: form,
      });
      return form.id;
    });
    return this.get(actor, id);
  }

  /** Approves the next step; the last approval writes the movement and takes the asset off the register. */
  approve(actor: Actor, id: string, input: DecideMovementFormDto): Promise<MovementFormDetail> {
    return this.decide(actor, id, input, 'approved', async (manager, form) => {
      form.approvedSteps += 1;
      if (form.approvedSteps < form.approvalSteps.length) return;
      const moved = await this.movements.moveWith(manager, actor, form.assetId, form.kind, {
        occurredOn: taipeiDate(new Date()),
        recipientName: form.recipientName ?? undefined,
        proceeds: form.proceeds ?? undefined,
        reason: form.reason ?? undefined,
        documentNumber: form.documentNumber ?? undefined,
      });
      Object.assign(form, {
        status: 'approved',
        decidedAt: new Date(),
        movementId: (moved.movement as AssetMovement).id,
      });
    });
  }

  reject(actor: Actor, id: string, input: RejectMovementFormDto): Promise<MovementFormDetail> {
    return this.decide(actor, id, input, 'rejected', (_manager, form) => {
      Object.assign(form, { status: 'rejected', decidedAt: new Date(), rejectionNote: input.note });
      return Promise.resolve();
    });
  }

  /** The filer takes back a form that is still pending. */
  async withdraw(actor: Actor, id: string, version: number): Promise<MovementFormDetail> {
    await this.transactions.run(async (manager) => {
      const form = await this.lockPending(manager, actor, id, version);
      if (form.filedByUserId !== actor.userId) throw new NotFilerError(id);
      const before = { ...form };
      Object.assign(form, { status: 'withdrawn', decidedAt: new Date() });
      const saved = await manager.save(AssetMovementForm, form);
      await this.audit.record(manager, actor, {
        entityType: 'asset_movement_form',
        entityId: id,
        action: 'withdraw',
        before,
        after: saved,
      });
    });
    return this.get(actor, id);
  }

  private async decide(
    actor: Actor,
    id: string,
    input: DecideMovementFormDto,
    decision: StepDecision,
    apply: (manager: EntityManager, form: AssetMovementForm) => Promise<void>,
  ): Promise<MovementFormDetail> {
    await this.transactions.run(async (manager) => {
      const form = await this.lockPending(manager, actor, id, input.version);
      const stepIndex = form.approvedSteps;
      const role = form.approvalSteps[stepIndex];
      await this.assertMayDecide(manager, actor, form, role);
      const before = { ...form };
      await manager.save(
        AssetMovementFormStep,
        manager.create(AssetMovementFormStep, {
          formId: id,
          stepIndex,
          role,
          decision,
          decidedByUserId: actor.userId,
          decidedByName: actor.displayName,
          note: input.note ?? null,
        }),
      );
      await apply(manager, form);
      const saved = await manager.save(AssetMovementForm, form);
      await this.audit.record(manager, actor, {
        entityType: 'asset_movement_form',
        entityId: id,
        action: decision === 'approved' ? `approve_step_${stepIndex + 1}` : 'reject',
        before,
        after: saved,
      });
    });
    return this.get(actor, id);
  }

  private async lockPending(
    manager: EntityManager,
    actor: Actor,
    id: string,
    version: number,
  ): Promise<AssetMovementForm> {
    const form = await manager.findOne(AssetMovementForm, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const scope = agencyScopeOf(actor, ROLES_SEEING_ALL_FORMS);
    if (!form || (scope && form.custodianAgencyId !== scope)) throw new NotFoundError('asset_movement_form', id);
    if (form.status !== 'pending') throw new FormNotPendingError(id, form.status);
    assertVersion('asset_movement_form', id, form, version);
    return form;
  }

  /** The step's role (an agency admin only for its own agency), and someone not yet involved in the form. */
  private async assertMayDecide(
    manager: EntityManager,
    actor: Actor,
    form: AssetMovementForm,
    role: AssetMovementForm['approvalSteps'][number],
  ): Promise<void> {
    const ownAgency = role !== 'agency_admin' || actor.agencyId === form.custodianAgencyId;
    if (!actor.roles.includes(role) || !ownAgency) throw new NotYourStepError(form.id, role);
    if (form.filedByUserId === actor.userId) throw new ApproverAlreadyInvolvedError(form.id, 'filer');
    const earlier = await manager.existsBy(AssetMovementFormStep, { formId: form.id, decidedByUserId: actor.userId });
    if (earlier) throw new ApproverAlreadyInvolvedError(form.id, 'approver');
  }
}
