import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { Actor } from '../../identity/actor';
import { LocationTreeNode } from '../../locations/dto/location.dto';
import { LocationsService } from '../../locations/locations.service';
import { UsersService } from '../../users/users.service';
import { assetScopeOf } from '../asset-access';
import { NoAssetsToLabelError } from '../assets.errors';
import { ASSET_KIND_LABELS } from '../register/asset-classification';
import { Asset } from '../register/asset.entity';
import { custodianNames } from '../register/custodian-names';
import { rocIsoDate } from '../roc-iso-date';
import { assetLabelSheet } from './asset-label-sheet';
import { AssetLabelsDto, MAX_LABELS } from './dto/asset-labels.dto';

function subtreeIds(nodes: LocationTreeNode[], rootId: string, inside = false): string[] {
  return nodes.flatMap((node) => {
    const within = inside || node.id === rootId;
    return [...(within ? [node.id] : []), ...subtreeIds(node.children, rootId, within)];
  });
}

/**
 * The label sheet of the assets the officer chose, or of everything at a location and the rooms
 * under it. Only assets still in the register and within the caller's agency scope are labelled.
 */
@Injectable()
export class AssetLabelsService {
  constructor(
    @InjectRepository(Asset) private readonly assets: Repository<Asset>,
    private readonly agencies: AgenciesService,
    private readonly locations: LocationsService,
    private readonly users: UsersService,
  ) {}

  async sheet(actor: Actor, input: AssetLabelsDto): Promise<Buffer> {
    const assets = await this.chosen(actor, input);
    if (!assets.length) throw new NoAssetsToLabelError(input.assetIds ? 'assetIds' : 'locationId');
    const custodians = await custodianNames(this.users, assets);
    const agencyIds = [...new Set(assets.map((asset) => asset.custodianAgencyId))];
    const agencies = new Map(
      (await Promise.all(agencyIds.map((id) => this.agencies.get(id)))).map((agency) => [agency.id, agency.name]),
    );
    return assetLabelSheet(
      assets.map((asset) => ({
        propertyNumber: asset.propertyNumber,
        name: asset.name,
        custodian: custodians.get(asset) ?? '',
        agencyName: agencies.get(asset.custodianAgencyId) ?? '',
        kindLabel: ASSET_KIND_LABELS[asset.kind],
        acquiredOn: rocIsoDate(asset.acquisitionDate),
      })),
    );
  }

  private async chosen(actor: Actor, input: AssetLabelsDto): Promise<Asset[]> {
    const builder = this.assets.createQueryBuilder('asset').where('asset.disposed_on IS NULL');
    const scope = assetScopeOf(actor);
    if (scope) builder.andWhere('asset.custodian_agency_id = :scope', { scope });
    if (input.assetIds) builder.andWhere('asset.id = ANY(:ids)', { ids: input.assetIds });
    if (input.locationId) {
      const locationIds = subtreeIds(await this.locations.tree(), input.locationId);
      builder.andWhere('asset.location_id = ANY(:locationIds)', { locationIds });
    }
    return builder.orderBy('asset.property_number').limit(MAX_LABELS).getMany();
  }
}
