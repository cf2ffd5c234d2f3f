import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { assertVersion, NotFoundError } from '../../common/errors/domain-error';
import { keysetPages } from '../../common/export/export-rows';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { LocationsService } from '../../locations/locations.service';
import { UsersService } from '../../users/users.service';
import { assetScopeOf } from '../asset-access';
import {
  AssetDisposedError,
  IllegalStatusError,
  InactiveLocationError,
  PropertyNumberCategoryError,
} from '../assets.errors';
import { splitPropertyNumber } from '../classification/property-classification';
import { PropertyClassificationService } from '../classification/property-classification.service';
import { AssetMovement } from '../movements/asset-movement.entity';
import { classifyAsset } from './asset-classification';
import { whereAssetsMatch } from './asset-filter';
import { canTransition, isDisposed } from './asset-lifecycle';
import { Asset } from './asset.entity';
import { AssetFilter, AssetQuery, RegisterAssetDto, UpdateAssetDto } from './dto/asset.dto';

export type AssetWithMovement = Asset & { movement: AssetMovement | null };

/** One stocktake line's result, as the register takes it in. */
export interface StocktakeFinding {
  assetId: string;
  result: 'found' | 'missing' | 'moved' | 'damaged';
  foundLocationId: string | null;
  foundCustodianName: string | null;
}

/**
 * The property register (財產/物品登記): registering assets, keeping their custody up to date,
 * and reading them within the caller's agency scope.
 */
@Injectable()
export class AssetRegisterService {
  constructor(
    @InjectRepository(Asset) private readonly assets: Repository<Asset>,
    @InjectRepository(AssetMovement) private readonly movements: Repository<AssetMovement>,
    private readonly agencies: AgenciesService,
    private readonly locations: LocationsService,
    private readonly users: UsersService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly classification: PropertyClassificationService,
  ) {}

  list(actor: Actor, query: AssetQuery): Promise<Page<Asset>> {
    const builder = whereAssetsMatch(this.assets.createQueryBuilder('asset'), query, assetScopeOf(actor));
    return keysetPage(builder, { idColumn: 'asset.property_number', idKey: 'propertyNumber', direction: 'ASC' }, query);
  }

  /** Idle assets of every agency: they are offered to all agencies for transfer, so no agency scope applies. */
  listIdle(query: AssetQuery): Promise<Page<Asset>> {
    const builder = whereAssetsMatch(this.assets.createQueryBuilder('asset'), { ...query, status: 'idle' }, null);
    return keysetPage(builder, { idColumn: 'asset.property_number', idKey: 'propertyNumber', direction: 'ASC' }, query);
  }

  /** Every asset matching the filter, in property-number order, a page at a time, for exports. */
  pages(actor: Actor, filter: AssetFilter): AsyncGenerator<Asset[]> {
    return keysetPages((page) => this.list(actor, { ...filter, ...page }));
  }

  /** Which of these property numbers the register already holds (an import refuses them by line). */
  async registeredNumbers(propertyNumbers: string[]): Promise<Set<string>> {
    const found = await this.assets.find({
      select: { propertyNumber: true },
      where: { propertyNumber: In(propertyNumbers) },
    });
    return new Set(found.map((asset) => asset.propertyNumber));
  }

  /** An asset the actor may read, with the movement that disposed of it; another agency's is a 404. */
  async get(actor: Actor, id: string): Promise<AssetWithMovement> {
    const asset = await this.assets.findOneBy({ id });
    const scope = assetScopeOf(actor);
    if (!asset || (scope && asset.custodianAgencyId !== scope)) throw new NotFoundError('asset', id);
    return { ...asset, movement: await this.movements.findOneBy({ assetId: id }) };
  }

  async register(actor: Actor, input: RegisterAssetDto): Promise<Asset> {
    const siteId = await this.checkReferences(input);
    return this.transactions.run((manager) => this.registerWith(manager, actor, input, siteId));
  }

  /** Checks what a registration refers to (an active agency and location, a custodian in use); returns the site. */
  async checkReferences(input: RegisterAssetDto): Promise<string> {
    await this.agencies.requireActive(input.custodianAgencyId);
    const siteId = await this.siteOf(input.locationId);
    await this.requireCustodianUser(input.custodianUserId);
    return siteId;
  }

  /**
   * Registers one asset inside the caller's transaction (the register import writes many in one):
   * the name and the minimum service life come from the classification unless given.
   */
  async registerWith(manager: EntityManager, actor: Actor, input: RegisterAssetDto, siteId: string): Promise<Asset> {
    const { entry, minimumServiceLifeYears } = this.classification.resolve(
      input.categoryCode,
      input.minimumServiceLifeYears,
    );
    const propertyNumber = await this.allocatePropertyNumber(manager, input.categoryCode, input.propertyNumber);
    const assetClass = classifyAsset(input.categoryCode, input.acquisitionCost, minimumServiceLifeYears);
    const saved = await manager.save(
      Asset,
      manager.create(Asset, {
        ...input,
        name: input.name ?? entry.name,
        minimumServiceLifeYears,
        propertyNumber,
        ...assetClass,
        siteId,
        status: 'in_use',
      }),
    );
    await this.audit.record(manager, actor, {
      entityType: 'asset',
      entityId: saved.id,
      action: 'register',
      after: saved,
    });
    return saved;
  }

  async update(actor: Actor, id: string, input: UpdateAssetDto): Promise<Asset> {
    const { version, locationId, custodianName, custodianUserId, ...fields } = input;
    if (fields.custodianAgencyId) await this.agencies.requireActive(fields.custodianAgencyId);
    const siteId = locationId ? await this.siteOf(locationId) : undefined;
    await this.requireCustodianUser(custodianUserId ?? undefined);
    const action = fields.status ? `mark_${fields.status}` : 'update';
    return this.transactions.run((manager) =>
      updateAudited(
        manager,
        this.audit,
        actor,
        Asset,
        'asset',
        id,
        (asset) => {
          if (isDisposed(asset.status)) throw new AssetDisposedError(id, asset.status, asset.disposedOn);
          assertVersion('asset', id, asset, version);
          if (fields.status && fields.status !== asset.status && !canTransition(asset.status, fields.status)) {
            throw new IllegalStatusError(id, asset.status, fields.status);
          }
          Object.assign(asset, fields, locationId ? { locationId, siteId } : {});
          if (custodianName !== undefined || custodianUserId !== undefined) {
            Object.assign(asset, { custodianName: custodianName ?? null, custodianUserId: custodianUserId ?? null });
          }
        },
        action,
      ),
    );
  }

  /**
   * What a closed stocktake found, written into the register with the stocktake's transaction: a
   * moved asset takes the location and custodian it was found with, a missing one becomes
   * `missing` (盤虧), and a missing one found again is back in use. Assets that left the register
   * while the stocktake ran are left alone.
   */
  async applyStocktakeFinding(manager: EntityManager, actor: Actor, finding: StocktakeFinding): Promise<void> {
    const siteId = finding.foundLocationId ? (await this.locations.path(finding.foundLocationId)).site.id : null;
    await updateAudited(
      manager,
      this.audit,
      actor,
      Asset,
      'asset',
      finding.assetId,
      (asset) => {
        if (isDisposed(asset.status)) return;
        if (finding.result === 'missing') asset.status = 'missing';
        if (finding.result !== 'missing' && asset.status === 'missing') asset.status = 'in_use';
        if (finding.foundLocationId && siteId) Object.assign(asset, { locationId: finding.foundLocationId, siteId });
        if (finding.foundCustodianName) {
          Object.assign(asset, { custodianName: finding.foundCustodianName, custodianUserId: null });
        }
      },
      'stocktake_close',
    );
  }

  /**
   * The property number: the given one (moving the category's counter past it) or the next serial
   * of the category. The counter row stays locked until commit, so concurrent registrations in
   * one category queue here instead of racing for the same serial.
   */
  private async allocatePropertyNumber(
    manager: EntityManager,
    categoryCode: string,
    given: string | undefined,
  ): Promise<string> {
    if (given && !given.startsWith(`${categoryCode}-`)) {
      throw new PropertyNumberCategoryError(given, categoryCode);
    }
    const serial = given ? splitPropertyNumber(given)!.serial : null;
    const rows = (await manager.query(
      `INSERT INTO asset_number_sequences AS sequence (category_code, last_serial) VALUES ($1, coalesce($2::int, 1))
       ON CONFLICT (category_code) DO UPDATE
         SET last_serial = CASE WHEN $2::int IS NULL THEN sequence.last_serial + 1 ELSE greatest(sequence.last_serial, $2::int) END
       RETURNING last_serial`,
      [categoryCode, serial],
    )) as { last_serial: number }[];
    return given ?? `${categoryCode}-${String(rows[0].last_serial).padStart(6, '0')}`;
  }

  /** The center (site) above a location in use; an inactive location is a 422. */
  async siteOf(locationId: string): Promise<string> {
    const location = await this.locations.get(locationId);
    if (!location.active) throw new InactiveLocationError(locationId);
    return (await this.locations.path(locationId)).site.id;
  }

  private async requireCustodianUser(userId: string | undefined): Promise<void> {
    if (userId && !(await this.users.isActive(userId))) throw new NotFoundError('user', userId);
  }
}
