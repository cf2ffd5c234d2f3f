import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { RuleBrokenError } from '../../common/errors/constraint-errors';
import { NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { sqlList } from '../../database/sql-list';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { LocationsService } from '../../locations/locations.service';
import { ASSETS_CONSTRAINT_ERRORS } from '../assets-constraints.errors';
import { NotASiteError, StocktakeClosedError, StocktakeLinesUnrecordedError } from '../assets.errors';
import { IN_REGISTER_STATUSES } from '../register/asset-lifecycle';
import { AssetRegisterService, StocktakeFinding } from '../register/asset-register.service';
import { AssetStocktakeLine, StocktakeResult } from './asset-stocktake-line.entity';
import { AssetStocktakeSurplus } from './asset-stocktake-surplus.entity';
import { AssetStocktake } from './asset-stocktake.entity';
import {
  OpenStocktakeDto,
  RecordStocktakeLineDto,
  StocktakeLineQuery,
  StocktakeQuery,
} from './dto/asset-stocktake.dto';

export interface Discrepancies {
  stocktake: AssetStocktake;
  counts: Record<'missing' | 'moved' | 'damaged' | 'surplus', number>;
  missing: AssetStocktakeLine[];
  moved: AssetStocktakeLine[];
  damaged: AssetStocktakeLine[];
  surplus: AssetStocktakeSurplus[];
}

/**
 * The annual stocktake (盤點): opening snapshots the in-scope assets as lines, officers record
 * what they found, and closing — refused while any line is unrecorded — freezes the discrepancies
 * and writes what was found into the register (location, custodian, missing).
 */
@Injectable()
export class AssetStocktakesService {
  constructor(
    @InjectRepository(AssetStocktake) private readonly stocktakes: Repository<AssetStocktake>,
    @InjectRepository(AssetStocktakeLine) private readonly lines: Repository<AssetStocktakeLine>,
    private readonly agencies: AgenciesService,
    private readonly locations: LocationsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly register: AssetRegisterService,
  ) {}

  list(query: StocktakeQuery): Promise<Page<AssetStocktake>> {
    const builder = this.stocktakes.createQueryBuilder('stocktake');
    if (query.rocYear) builder.andWhere('stocktake.roc_year = :rocYear', { rocYear: query.rocYear });
    if (query.status) builder.andWhere('stocktake.status = :status', { status: query.status });
    return keysetPage(
      builder,
      { sortColumn: 'stocktake.opened_at', sortKey: 'openedAt', idColumn: 'stocktake.id', direction: 'DESC' },
      query,
    );
  }

  async get(id: string): Promise<AssetStocktake> {
    const stocktake = await this.stocktakes.findOneBy({ id });
    if (!stocktake) throw new NotFoundError('asset_stocktake', id);
    return stocktake;
  }

  async listLines(id: string, query: StocktakeLineQuery): Promise<Page<AssetStocktakeLine>> {
    await this.get(id);
    const builder = this.lines
      .createQueryBuilder('line')
      .innerJoinAndSelect('line.asset', 'asset')
      .where('line.stocktake_id = :id', { id });
    if (query.unrecorded) builder.andWhere('line.result IS NULL');
    if (query.result) builder.andWhere('line.result = :result', { result: query.result });
    if (query.propertyNumber) {
      builder.andWhere('asset.property_number = :propertyNumber', { propertyNumber: query.propertyNumber.trim() });
    }
    return keysetPage(builder, { idColumn: 'line.id', direction: 'ASC' }, query);
  }

  async open(actor: Actor, input: OpenStocktakeDto): Promise<AssetStocktake> {
    if (input.siteId && (await this.locations.get(input.siteId)).kind !== 'site') throw new NotASiteError(input.siteId);
    if (input.agencyId) await this.agencies.get(input.agencyId);
    return this.transactions.run(async (manager) => {
      const stocktake = await manager.save(
        AssetStocktake,
        manager.create(AssetStocktake, { ...input, status: 'open', lineCount: 0 }),
      );
      stocktake.lineCount = await this.snapshotLines(manager, stocktake);
      const saved = await manager.save(AssetStocktake, stocktake);
      await this.audit.record(manager, actor, {
        entityType: 'asset_stocktake',
        entityId: saved.id,
        action: 'open',
        after: saved,
      });
      return saved;
    });
  }

  async recordLine(
    actor: Actor,
    id: string,
    assetId: string,
    input: RecordStocktakeLineDto,
  ): Promise<AssetStocktakeLine> {
    if (input.result === 'moved' && !input.foundLocationId && !input.foundCustodianName) {
      throw new RuleBrokenError(ASSETS_CONSTRAINT_ERRORS.ck_asset_stocktake_lines_moved);
    }
    if (input.result === 'damaged' && !input.note?.trim()) {
      throw new RuleBrokenError(ASSETS_CONSTRAINT_ERRORS.ck_asset_stocktake_lines_damaged);
    }
    if (input.foundLocationId) await this.locations.get(input.foundLocationId);
    return this.transactions.run(async (manager) => {
      // A shared lock: lines may be recorded side by side, but not while the stocktake closes.
      await this.lockOpen(manager, id, 'pessimistic_read');
      const line = await manager.findOneBy(AssetStocktakeLine, { stocktakeId: id, assetId });
      if (!line) throw new NotFoundError('asset_stocktake_line', assetId);
      const moved = input.result === 'moved';
      return updateAudited(
        manager,
        this.audit,
        actor,
        AssetStocktakeLine,
        'asset_stocktake_line',
        line.id,
        (row) =>
          Object.assign(row, {
            result: input.result,
            foundLocationId: moved ? (input.foundLocationId ?? null) : null,
            foundCustodianName: moved ? (input.foundCustodianName ?? null) : null,
            note: input.note ?? null,
            recordedAt: new Date(),
            recordedByUserId: actor.userId,
          }),
        'record',
      );
    });
  }

  close(actor: Actor, id: string): Promise<Discrepancies> {
    return this.transactions.run(async (manager) => {
      const stocktake = await this.lockOpen(manager, id, 'pessimistic_write');
      const counts = (await manager.query(
        `SELECT count(*) FILTER (WHERE result IS NULL)::int AS unrecorded,
                count(*) FILTER (WHERE result = 'missing')::int AS missing,
                count(*) FILTER (WHERE result = 'moved')::int AS moved
           FROM asset_stocktake_lines WHERE stocktake_id = $1`,
        [id],
      )) as { unrecorded: number; missing: number; moved: number }[];
      const { unrecorded, missing, moved } = counts[0];
      if (unrecorded > 0) throw new StocktakeLinesUnrecordedError(id, unrecorded);
      for (const finding of await this.findingsToApply(manager, id)) {
        await this.register.applyStocktakeFinding(manager, actor, finding);
      }
      const before = { ...stocktake };
      Object.assign(stocktake, { status: 'closed', closedAt: new Date(), missingCount: missing, movedCount: moved });
      const saved = await manager.save(AssetStocktake, stocktake);
      await this.audit.record(manager, actor, {
        entityType: 'asset_stocktake',
        entityId: id,
        action: 'close',
        before,
        after: saved,
      });
      return this.discrepanciesOf(manager, saved);
    });
  }

  async discrepancies(id: string): Promise<Discrepancies> {
    return this.discrepanciesOf(this.stocktakes.manager, await this.get(id));
  }

  private async discrepanciesOf(manager: EntityManager, stocktake: AssetStocktake): Promise<Discrepancies> {
    const lines = await manager
      .createQueryBuilder(AssetStocktakeLine, 'line')
      .innerJoinAndSelect('line.asset', 'asset')
      .where('line.stocktake_id = :id', { id: stocktake.id })
      .andWhere("line.result IN ('missing', 'moved', 'damaged')")
      .orderBy('asset.property_number')
      .getMany();
    const surplus = await manager.find(AssetStocktakeSurplus, {
      where: { stocktakeId: stocktake.id },
      order: { recordedAt: 'ASC' },
    });
    const of = (result: StocktakeResult) => lines.filter((line) => line.result === result);
    const [missing, moved, damaged] = [of('missing'), of('moved'), of('damaged')];
    const counts = { missing: missing.length, moved: moved.length, damaged: damaged.length, surplus: surplus.length };
    return { stocktake, counts, missing, moved, damaged, surplus };
  }

  /** The lines that change the register: moved, missing, and missing assets found again. */
  private async findingsToApply(manager: EntityManager, id: string): Promise<StocktakeFinding[]> {
    return (await manager.query(
      `SELECT line.asset_id AS "assetId", line.result, line.found_location_id AS "foundLocationId",
              line.found_custodian_name AS "foundCustodianName"
         FROM asset_stocktake_lines line JOIN assets asset ON asset.id = line.asset_id
        WHERE line.stocktake_id = $1 AND (line.result IN ('missing', 'moved') OR asset.status = 'missing')
        ORDER BY asset.property_number`,
      [id],
    )) as StocktakeFinding[];
  }

  private async lockOpen(
    manager: EntityManager,
    id: string,
    mode: 'pessimistic_read' | 'pessimistic_write',
  ): Promise<AssetStocktake> {
    const stocktake = await manager.findOne(AssetStocktake, { where: { id }, lock: { mode } });
    if (!stocktake) throw new NotFoundError('asset_stocktake', id);
    if (stocktake.status !== 'open') throw new StocktakeClosedError(id);
    return stocktake;
  }

  /** Copies every asset in scope that is still in the register into the stocktake; returns how many. */
  private async snapshotLines(manager: EntityManager, stocktake: AssetStocktake): Promise<number> {
    const inScope = stocktake.scope === 'center' ? 'site_id = $2' : 'custodian_agency_id = $2';
    const rows = (await manager.query(
      `WITH inserted AS (
         INSERT INTO asset_stocktake_lines (stocktake_id, asset_id, expected_location_id, expected_agency_id, expected_custodian_name, expected_custodian_user_id)
         SELECT $1, id, location_id, custodian_agency_id, custodian_name, custodian_user_id
           FROM assets WHERE status IN (${sqlList(IN_REGISTER_STATUSES)}) AND ${inScope}
         RETURNING 1)
       SELECT count(*)::int AS count FROM inserted`,
      [stocktake.id, stocktake.siteId ?? stocktake.agencyId],
    )) as { count: number }[];
    return rows[0].count;
  }
}
