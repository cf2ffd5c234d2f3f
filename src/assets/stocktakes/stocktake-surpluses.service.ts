import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { NotFoundError } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { LocationsService } from '../../locations/locations.service';
import { StocktakeClosedError, SurplusAlreadyRegisteredError } from '../assets.errors';
import { AssetRegisterService } from '../register/asset-register.service';
import { RegisterAssetDto } from '../register/dto/asset.dto';
import { AssetStocktakeSurplus } from './asset-stocktake-surplus.entity';
import { AssetStocktake } from './asset-stocktake.entity';
import { RecordSurplusDto } from './dto/asset-stocktake.dto';

/**
 * Surplus lines (盤盈) of a stocktake: recorded while it is open, and added to the register from
 * the line — then or after closing — in one transaction with the line's link to the new asset.
 */
@Injectable()
export class StocktakeSurplusesService {
  constructor(
    private readonly locations: LocationsService,
    private readonly register: AssetRegisterService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, stocktakeId: string, input: RecordSurplusDto): Promise<AssetStocktakeSurplus> {
    await this.locations.get(input.foundLocationId);
    return this.transactions.run(async (manager) => {
      // A shared lock, as for the other lines: not while the stocktake closes.
      const stocktake = await manager.findOne(AssetStocktake, {
        where: { id: stocktakeId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!stocktake) throw new NotFoundError('asset_stocktake', stocktakeId);
      if (stocktake.status !== 'open') throw new StocktakeClosedError(stocktakeId);
      const saved = await manager.save(
        AssetStocktakeSurplus,
        manager.create(AssetStocktakeSurplus, { ...input, stocktakeId, recordedByUserId: actor.userId }),
      );
      await this.audit.record(manager, actor, {
        entityType: 'asset_stocktake_surplus',
        entityId: saved.id,
        action: 'record',
        after: saved,
      });
      return saved;
    });
  }

  /** Registers the surplus item as an asset and links it to the line; a line is registered once. */
  async registerAsset(
    actor: Actor,
    stocktakeId: string,
    surplusId: string,
    input: RegisterAssetDto,
  ): Promise<AssetStocktakeSurplus> {
    const siteId = await this.register.checkReferences(input);
    return this.transactions.run(async (manager) => {
      const surplus = await manager.findOne(AssetStocktakeSurplus, {
        where: { id: surplusId, stocktakeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!surplus) throw new NotFoundError('asset_stocktake_surplus', surplusId);
      if (surplus.registeredAssetId) throw new SurplusAlreadyRegisteredError(surplusId, surplus.registeredAssetId);
      const asset = await this.register.registerWith(manager, actor, input, siteId);
      const before = { ...surplus };
      surplus.registeredAssetId = asset.id;
      const saved = await manager.save(AssetStocktakeSurplus, surplus);
      await this.audit.record(manager, actor, {
        entityType: 'asset_stocktake_surplus',
        entityId: surplusId,
        action: 'register',
        before,
        after: saved,
      });
      return saved;
    });
  }
}
