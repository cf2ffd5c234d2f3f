import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { NotFoundError } from '../../common/errors/domain-error';
import { taipeiDate } from '../../common/time';
import { Actor } from '../../identity/actor';
import {
  AssetDisposedError,
  EarlyScrapWithoutReasonError,
  IllegalMovementError,
  MovementDateError,
} from '../assets.errors';
import {
  canMove,
  isDisposed,
  isEarlyScrap,
  MovementKind,
  serviceLifeEndsOn,
  STATUS_AFTER_MOVEMENT,
} from '../register/asset-lifecycle';
import { AssetWithMovement } from '../register/asset-register.service';
import { Asset } from '../register/asset.entity';
import { AssetMovement } from './asset-movement.entity';
import { MovementInput } from './dto/asset-movement.dto';

/**
 * Takes assets out of the register: 移撥 (transfer), 捐贈 (donation), 變賣 (sale) and 報廢
 * (scrapping). Only the last approval of a movement form calls it, inside that transaction, so no
 * asset leaves the register without the approvals its cost needs. The movement row and the asset's
 * new status are written under a row lock on the asset: of two writers at once exactly one wins.
 */
@Injectable()
export class AssetMovementsService {
  constructor(private readonly audit: AuditService) {}

  /** Writes the movement inside the caller's transaction: the last approval of a movement form. */
  async moveWith(
    manager: EntityManager,
    actor: Actor,
    id: string,
    kind: MovementKind,
    input: MovementInput,
  ): Promise<AssetWithMovement> {
    const asset = await manager.findOne(Asset, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!asset) throw new NotFoundError('asset', id);
    assertMayMove(asset, kind, input);
    const before = { ...asset };
    const movement = await manager.save(
      AssetMovement,
      manager.create(AssetMovement, {
        assetId: id,
        kind,
        fromStatus: asset.status as AssetMovement['fromStatus'],
        occurredOn: input.occurredOn,
        recipientName: input.recipientName ?? null,
        proceeds: input.proceeds ?? null,
        serviceLifeEndsOn:
          kind === 'scrap' ? serviceLifeEndsOn(asset.acquisitionDate, asset.minimumServiceLifeYears) : null,
        reason: input.reason ?? null,
        documentNumber: input.documentNumber ?? null,
        recordedByUserId: actor.userId,
      }),
    );
    Object.assign(asset, { status: STATUS_AFTER_MOVEMENT[kind], disposedOn: input.occurredOn });
    const saved = await manager.save(Asset, asset);
    await this.audit.record(manager, actor, {
      entityType: 'asset',
      entityId: id,
      action: kind,
      before,
      after: { ...saved, movement },
    });
    return { ...saved, movement };
  }
}

/**
 * The rules a movement must keep: the asset is still in the register, in a status the movement
 * starts from, dated between acquisition and today, and scrapped early only with a reason.
 * Movement forms check them when filed, and again at the last approval, since the asset may have
 * changed in between.
 */
export function assertMayMove(asset: Asset, kind: MovementKind, input: MovementInput): void {
  if (isDisposed(asset.status)) throw new AssetDisposedError(asset.id, asset.status, asset.disposedOn);
  if (!canMove(asset.status, kind)) throw new IllegalMovementError(asset.id, asset.status, kind);
  const today = taipeiDate(new Date());
  if (input.occurredOn < asset.acquisitionDate || input.occurredOn > today)
    throw new MovementDateError(input.occurredOn, asset.acquisitionDate, today);
  if (
    kind === 'scrap' &&
    !input.reason &&
    isEarlyScrap(asset.acquisitionDate, asset.minimumServiceLifeYears, input.occurredOn)
  ) {
    throw new EarlyScrapWithoutReasonError(
      asset.id,
      serviceLifeEndsOn(asset.acquisitionDate, asset.minimumServiceLifeYears),
    );
  }
}
