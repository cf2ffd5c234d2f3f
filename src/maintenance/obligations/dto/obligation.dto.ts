import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../../common/validation/boolean-query';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { OBLIGATION_KINDS, ObligationKind } from '../obligation-kinds';
import { ADVANCE_MODES, AdvanceMode } from '../obligation-schedule';

export class CreateObligationDto {
  @ApiProperty({ enum: OBLIGATION_KINDS }) @IsIn(OBLIGATION_KINDS) kind: ObligationKind;
  @ApiPropertyOptional({ example: '避雷設備檢測', description: 'required for kind `other`, refused for the others' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  otherKindName?: string;
  @ApiProperty({ example: '四維行政中心高低壓電氣設備定期檢驗' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;
  @ApiProperty({ example: 'plumbing_electrical', description: 'the trade its work orders go to' })
  @IsString()
  @MaxLength(50)
  tradeCode: string;
  @ApiProperty({ description: 'a site (center) or a building of the location tree' }) @IsUUID() locationId: string;
  @ApiProperty({ example: 12, minimum: 1, maximum: 120 }) @IsInt() @Min(1) @Max(120) intervalMonths: number;
  @ApiProperty({ example: '2024-06-30', description: 'the first due date (YYYY-MM-DD)' })
  @IsIsoDate()
  nextDueDate: string;
  @ApiProperty({
    example: 30,
    minimum: 0,
    maximum: 365,
    description: 'days before the due date that the work order is opened',
  })
  @IsInt()
  @Min(0)
  @Max(365)
  leadTimeDays: number;
  @ApiProperty({
    enum: ADVANCE_MODES,
    description: 'count the next due date from the due date or from the day the work was done',
  })
  @IsIn(ADVANCE_MODES)
  advanceFrom: AdvanceMode;
  @ApiPropertyOptional({ example: '台灣電機檢驗股份有限公司' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  vendorName?: string;
  @ApiPropertyOptional({ example: '王經理 07-1234567' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  vendorContact?: string;
}

export class UpdateObligationDto extends PartialType(
  OmitType(CreateObligationDto, ['kind', 'otherKindName', 'locationId'] as const),
) {
  @ApiProperty({ description: 'the version you read; a stale one is a 409' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional({ description: 'inactive obligations get no more work orders' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ObligationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'a center' }) @IsOptional() @IsUUID() siteId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() buildingId?: string;
  @ApiPropertyOptional({ enum: OBLIGATION_KINDS }) @IsOptional() @IsIn(OBLIGATION_KINDS) kind?: ObligationKind;
  @ApiPropertyOptional({ description: 'next due on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsIsoDate()
  dueFrom?: string;
  @ApiPropertyOptional({ description: 'next due on or before (YYYY-MM-DD)' }) @IsOptional() @IsIsoDate() dueTo?: string;
  @ApiPropertyOptional({ description: 'include inactive obligations' })
  @OptionalBooleanQuery()
  includeInactive?: boolean;
}

export class ObligationView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: OBLIGATION_KINDS }) kind: ObligationKind;
  @ApiProperty({ example: '高低壓電氣設備檢驗' }) kindLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String }) otherKindName: string | null;
  @ApiProperty() title: string;
  @ApiProperty() tradeCode: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() locationId: string;
  @ApiProperty() siteId: string;
  @ApiPropertyOptional({ nullable: true, type: String }) buildingId: string | null;
  @ApiProperty() locationLabel: string;
  @ApiProperty() intervalMonths: number;
  @ApiProperty({ example: '2024-06-30' }) nextDueDate: string;
  @ApiProperty() leadTimeDays: number;
  @ApiProperty({ enum: ADVANCE_MODES }) advanceFrom: AdvanceMode;
  @ApiPropertyOptional({ nullable: true, type: String }) vendorName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) vendorContact: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
}

export class ObligationPage {
  @ApiProperty({ type: [ObligationView] }) items: ObligationView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
