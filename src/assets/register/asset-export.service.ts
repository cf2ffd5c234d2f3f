import { Injectable } from '@nestjs/common';
import { AgenciesService } from '../../agencies/agencies.service';
import { rowsNamingAgencies } from '../../common/export/export-rows';
import { Cell, ExportFormat, ExportStream, exportTable } from '../../common/export/table-export';
import { Actor } from '../../identity/actor';
import { LocationsService, PlaceNames } from '../../locations/locations.service';
import { rocIsoDate } from '../roc-iso-date';
import { ASSET_KIND_LABELS } from './asset-classification';
import { ASSET_STATUS_LABELS } from './asset-lifecycle';
import { AssetRegisterService } from './asset-register.service';
import { Asset } from './asset.entity';
import { AssetFilter } from './dto/asset.dto';

interface Names {
  agencies: Map<string, string>;
  locations: Map<string, PlaceNames>;
}

/** The register's columns as the office prints them, with zh-TW headers. */
const COLUMNS: { header: string; width: number; value: (asset: Asset, names: Names) => Cell }[] = [
  { header: '財產編號', width: 20, value: (asset) => asset.propertyNumber },
  { header: '財產/物品', width: 10, value: (asset) => ASSET_KIND_LABELS[asset.kind] },
  { header: '名稱', width: 24, value: (asset) => asset.name },
  { header: '分類編號', width: 12, value: (asset) => asset.categoryCode },
  { header: '規格', width: 24, value: (asset) => asset.specification ?? '' },
  { header: '取得日期', width: 12, value: (asset) => rocIsoDate(asset.acquisitionDate) },
  { header: '取得成本（元）', width: 14, value: (asset) => asset.acquisitionCost },
  { header: '最低使用年限', width: 12, value: (asset) => asset.minimumServiceLifeYears },
  { header: '保管機關', width: 20, value: (asset, names) => names.agencies.get(asset.custodianAgencyId) ?? '' },
  { header: '存置地點', width: 36, value: (asset, names) => names.locations.get(asset.locationId)?.label ?? '' },
  { header: '保管人', width: 14, value: (asset) => asset.custodianName ?? asset.custodianUserId ?? '' },
  { header: '狀態', width: 10, value: (asset) => ASSET_STATUS_LABELS[asset.status] },
  { header: '減損日期', width: 12, value: (asset) => (asset.disposedOn ? rocIsoDate(asset.disposedOn) : '') },
];

/** Exports the register (財產清冊) the caller may read as CSV or XLSX. */
@Injectable()
export class AssetExportService {
  constructor(
    private readonly register: AssetRegisterService,
    private readonly agencies: AgenciesService,
    private readonly locations: LocationsService,
  ) {}

  async export(actor: Actor, filter: AssetFilter, format: ExportFormat): Promise<ExportStream> {
    const names: Names = { agencies: new Map(), locations: await this.locations.placeNames() };
    return exportTable(format, {
      name: 'assets',
      sheet: '財產清冊',
      columns: COLUMNS,
      pages: rowsNamingAgencies(
        this.register.pages(actor, filter),
        { names: names.agencies, idOf: (asset) => asset.custodianAgencyId, find: (id) => this.agencies.get(id) },
        (asset) => COLUMNS.map((column) => column.value(asset, names)),
      ),
    });
  }
}
