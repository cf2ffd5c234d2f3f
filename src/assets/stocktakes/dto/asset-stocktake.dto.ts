import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../../common/validation/boolean-query';
import { AssetView } from '../../register/dto/asset.dto';
import { STOCKTAKE_RESULTS, StocktakeResult } from '../asset-stocktake-line.entity';
import { STOCKTAKE_SCOPES, STOCKTAKE_STATUSES, StocktakeScope, StocktakeStatus } from '../asset-stocktake.entity';

export class OpenStocktakeDto {
  @ApiProperty({ example: 113, description: 'ROC year (民國年)' }) @IsInt() @Min(1) @Max(999) rocYear: number;
  @ApiProperty({ enum: STOCKTAKE_SCOPES, description: "a center's (site's) assets, or one agency's" })
  @IsIn(STOCKTAKE_SCOPES)
  scope: StocktakeScope;
  @ApiPropertyOptional({ description: 'the site; required for a center stocktake' })
  @ValidateIf((input: OpenStocktakeDto) => input.scope === 'center' || input.siteId !== undefined)
  @IsUUID()
  siteId?: string;
  @ApiPropertyOptional({ description: 'required for an agency stocktake' })
  @ValidateIf((input: OpenStocktakeDto) => input.scope === 'agency' || input.agencyId !== undefined)
  @IsUUID()
  agencyId?: string;
}

export class RecordStocktakeLineDto {
  @ApiProperty({
    enum: STOCKTAKE_RESULTS,
    description:
      'found; missing (盤虧); moved = found with another location or custodian; damaged = found broken (say how in note)',
  })
  @IsIn(STOCKTAKE_RESULTS)
  result: StocktakeResult;
  @ApiPropertyOptional({ description: 'where a moved asset was found' })
  @IsOptional()
  @IsUUID()
  foundLocationId?: string;
  @ApiPropertyOptional({ description: 'who holds a moved asset' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  foundCustodianName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class RecordSurplusDto {
  @ApiProperty({ example: '會議用投影機', description: 'what the item is' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
  @ApiProperty({ description: 'where it was found' }) @IsUUID() foundLocationId: string;
  @ApiPropertyOptional({ example: '李小華' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  foundCustodianName?: string;
  @ApiPropertyOptional({ example: '舊標籤 3140101-03-00123', description: 'what a label on it reads, if any' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  labelText?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class StocktakeQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(999) rocYear?: number;
  @ApiPropertyOptional({ enum: STOCKTAKE_STATUSES }) @IsOptional() @IsIn(STOCKTAKE_STATUSES) status?: StocktakeStatus;
}

export class StocktakeLineQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'only the lines still to record' }) @OptionalBooleanQuery() unrecorded?: boolean;
  @ApiPropertyOptional({ enum: STOCKTAKE_RESULTS }) @IsOptional() @IsIn(STOCKTAKE_RESULTS) result?: StocktakeResult;
  @ApiPropertyOptional({
    example: '3140101-03-000123',
    description: 'the line of one property number (typed or scanned)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  propertyNumber?: string;
}

export class StocktakeView {
  @ApiProperty() id: string;
  @ApiProperty() rocYear: number;
  @ApiProperty({ enum: STOCKTAKE_SCOPES }) scope: StocktakeScope;
  @ApiProperty({ nullable: true, type: String }) siteId: string | null;
  @ApiProperty({ nullable: true, type: String }) agencyId: string | null;
  @ApiProperty({ enum: STOCKTAKE_STATUSES }) status: StocktakeStatus;
  @ApiProperty() lineCount: number;
  @ApiProperty({ nullable: true, type: Number }) missingCount: number | null;
  @ApiProperty({ nullable: true, type: Number }) movedCount: number | null;
  @ApiProperty() openedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) closedAt: Date | null;
  @ApiProperty() version: number;
}

export class StocktakeLineView {
  @ApiProperty() id: string;
  @ApiProperty() stocktakeId: string;
  @ApiProperty() assetId: string;
  @ApiProperty({ type: AssetView, description: 'the asset as it is now' }) asset: AssetView;
  @ApiProperty() expectedLocationId: string;
  @ApiProperty() expectedAgencyId: string;
  @ApiProperty({ nullable: true, type: String }) expectedCustodianName: string | null;
  @ApiProperty({ nullable: true, type: String }) expectedCustodianUserId: string | null;
  @ApiProperty({ enum: STOCKTAKE_RESULTS, nullable: true }) result: StocktakeResult | null;
  @ApiProperty({ nullable: true, type: String }) foundLocationId: string | null;
  @ApiProperty({ nullable: true, type: String }) foundCustodianName: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: Date }) recordedAt: Date | null;
}

export class StocktakeLinePage {
  @ApiProperty({ type: [StocktakeLineView] }) items: StocktakeLineView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class StocktakePage {
  @ApiProperty({ type: [StocktakeView] }) items: StocktakeView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class StocktakeSurplusView {
  @ApiProperty() id: string;
  @ApiProperty() stocktakeId: string;
  @ApiProperty() name: string;
  @ApiProperty() foundLocationId: string;
  @ApiProperty({ nullable: true, type: String }) foundCustodianName: string | null;
  @ApiProperty({ nullable: true, type: String }) labelText: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() recordedAt: Date;
  @ApiProperty({ nullable: true, type: String, description: 'the asset registered from this line' })
  registeredAssetId: string | null;
}

export class DiscrepancyCounts {
  @ApiProperty() missing: number;
  @ApiProperty() moved: number;
  @ApiProperty() damaged: number;
  @ApiProperty() surplus: number;
}

/** What the stocktake found wrong: missing (盤虧), moved, damaged, and surplus items (盤盈) not on the register. */
export class DiscrepancyReport {
  @ApiProperty({ type: StocktakeView }) stocktake: StocktakeView;
  @ApiProperty({ type: DiscrepancyCounts }) counts: DiscrepancyCounts;
  @ApiProperty({ type: [StocktakeLineView] }) missing: StocktakeLineView[];
  @ApiProperty({ type: [StocktakeLineView] }) moved: StocktakeLineView[];
  @ApiProperty({ type: [StocktakeLineView] }) damaged: StocktakeLineView[];
  @ApiProperty({ type: [StocktakeSurplusView] }) surplus: StocktakeSurplusView[];
}
