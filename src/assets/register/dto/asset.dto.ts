import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { EXPORT_FORMATS, ExportFormat } from '../../../common/export/table-export';
import { PageQuery } from '../../../common/pagination/keyset';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { CATEGORY_CODE, PROPERTY_NUMBER } from '../../classification/property-classification';
import { AssetMovementView } from '../../movements/dto/asset-movement.dto';
import { ASSET_KINDS, AssetKind, ITEM_CLASSES, ItemClass } from '../asset-classification';
import { ACTIVE_STATUSES, ActiveStatus, ASSET_STATUSES, AssetStatus } from '../asset-lifecycle';

export const MAX_COST = 2_000_000_000;

export class RegisterAssetDto {
  @ApiPropertyOptional({
    example: '3140101-03-000123',
    description: 'category code + a 5- or 6-digit serial; omit to take the next serial of the category',
  })
  @IsOptional()
  @Matches(PROPERTY_NUMBER, {
    message: 'propertyNumber must be the category code and a 5- or 6-digit serial, e.g. 3140101-03-000123',
  })
  propertyNumber?: string;

  @ApiPropertyOptional({ example: '個人電腦', description: 'omit to take the name of the classification item' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiProperty({
    example: '3140101-03',
    description: '財物標準分類 item code (7 digits, dash, 2 digits, sometimes a material letter: 3120301-22A)',
  })
  @Matches(CATEGORY_CODE, { message: 'categoryCode must read like 3140101-03 or 3120301-22A' })
  categoryCode: string;

  @ApiPropertyOptional({ example: 'Intel i5 / 16GB / 14吋' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  specification?: string;
  @ApiProperty({ example: '2018-03-15' }) @IsIsoDate() acquisitionDate: string;
  @ApiProperty({ example: 32000, description: 'NT$ (元)' }) @IsInt() @Min(0) @Max(MAX_COST) acquisitionCost: number;
  @ApiPropertyOptional({
    example: 4,
    description: "最低使用年限 in years; omit to take the classification's, required where it reads 自訂",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minimumServiceLifeYears?: number;
  @ApiProperty() @IsUUID() custodianAgencyId: string;
  @ApiProperty({ description: 'a site, building, floor or room' }) @IsUUID() locationId: string;
  @ApiPropertyOptional({ example: '王小明', description: 'free text; give this or custodianUserId' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  custodianName?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() custodianUserId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class UpdateAssetDto {
  @ApiProperty({ description: 'the version you read; a stale one is a 409' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) specification?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() custodianAgencyId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() locationId?: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'replaces the custodian; null clears it' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  custodianName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'replaces the custodian; null clears it' })
  @IsOptional()
  @IsUUID()
  custodianUserId?: string | null;
  @ApiPropertyOptional({ enum: ACTIVE_STATUSES, description: 'idle offers the asset for transfer' })
  @IsOptional()
  @IsIn(ACTIVE_STATUSES)
  status?: ActiveStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class AssetFilter {
  @ApiPropertyOptional({ enum: ASSET_STATUSES }) @IsOptional() @IsIn(ASSET_STATUSES) status?: AssetStatus;
  @ApiPropertyOptional({ enum: ASSET_KINDS }) @IsOptional() @IsIn(ASSET_KINDS) kind?: AssetKind;
  @ApiPropertyOptional({ example: '3140101', description: 'category code or its leading digits' })
  @IsOptional()
  @Matches(/^[0-9]{1,7}(-[0-9]{0,2}[A-Z]?)?$/, {
    message: 'categoryCode must be a category code or its leading digits',
  })
  categoryCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ description: 'the center (site) holding the asset' }) @IsOptional() @IsUUID() siteId?: string;
  @ApiPropertyOptional({ description: 'the room (or other location) holding the asset' })
  @IsOptional()
  @IsUUID()
  locationId?: string;
  @ApiPropertyOptional({ description: 'part of the property number, name, specification or custodian' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export class AssetQuery extends IntersectionType(AssetFilter, PageQuery) {}

export class AssetExportQuery extends AssetFilter {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class AssetView {
  @ApiProperty() id: string;
  @ApiProperty({ example: '3140101-03-000123' }) propertyNumber: string;
  @ApiProperty({ enum: ASSET_KINDS, description: 'property (財產) or item (物品), from cost and service life' })
  kind: AssetKind;
  @ApiProperty({ enum: ITEM_CLASSES, nullable: true, description: "an item's 非消耗品 or 消耗用品; null for property" })
  itemClass: ItemClass | null;
  @ApiProperty() name: string;
  @ApiProperty() categoryCode: string;
  @ApiProperty({ nullable: true, type: String }) specification: string | null;
  @ApiProperty({ example: '2018-03-15' }) acquisitionDate: string;
  @ApiProperty() acquisitionCost: number;
  @ApiProperty() minimumServiceLifeYears: number;
  @ApiProperty() custodianAgencyId: string;
  @ApiProperty() locationId: string;
  @ApiProperty() siteId: string;
  @ApiProperty({ nullable: true, type: String }) custodianName: string | null;
  @ApiProperty({ nullable: true, type: String }) custodianUserId: string | null;
  @ApiProperty({ enum: ASSET_STATUSES }) status: AssetStatus;
  @ApiProperty({ nullable: true, type: String }) disposedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}

export class AssetDetail extends AssetView {
  @ApiProperty({ type: AssetMovementView, nullable: true, description: 'how the asset left the register' })
  movement: AssetMovementView | null;
}

export class AssetPage {
  @ApiProperty({ type: [AssetView] }) items: AssetView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
