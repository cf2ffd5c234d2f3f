import { SelectQueryBuilder } from 'typeorm';
import { Asset } from './asset.entity';
import { AssetFilter } from './dto/asset.dto';

function containing(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

/** Narrows a query on `asset` to the filter and, for agency staff, to their own agency. */
export function whereAssetsMatch(
  builder: SelectQueryBuilder<Asset>,
  filter: AssetFilter,
  agencyScope: string | null,
): SelectQueryBuilder<Asset> {
  const agencyId = agencyScope ?? filter.agencyId;
  if (agencyScope && filter.agencyId && filter.agencyId !== agencyScope) builder.andWhere('false');
  if (agencyId) builder.andWhere('asset.custodian_agency_id = :agencyId', { agencyId });
  if (filter.status) builder.andWhere('asset.status = :status', { status: filter.status });
  if (filter.kind) builder.andWhere('asset.kind = :kind', { kind: filter.kind });
  if (filter.siteId) builder.andWhere('asset.site_id = :siteId', { siteId: filter.siteId });
  if (filter.locationId) builder.andWhere('asset.location_id = :locationId', { locationId: filter.locationId });
  if (filter.categoryCode)
    builder.andWhere('asset.category_code LIKE :category', { category: `${filter.categoryCode}%` });
  if (filter.search) {
    builder.andWhere(
      '(asset.property_number ILIKE :search OR asset.name ILIKE :search OR asset.specification ILIKE :search OR asset.custodian_name ILIKE :search)',
      {
        search: containing(filter.search),
      },
    );
  }
  return builder;
}
