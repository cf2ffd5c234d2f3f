import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { DORMITORY_STATUSES, DORMITORY_TYPES, DormitoryStatus, DormitoryType } from '../dormitory-kinds';

const LIVE_STATUSES = ['in_use', 'vacant', 'lent_out'] as const;

export class UnitDto {
  @ApiProperty({ example: '3F-301' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/, { message: 'code must be 1–20 letters, digits or dashes' })
  code: string;
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  roomCount?: number;
}

export class CreateDormitoryDto {
  @ApiProperty({ example: 'DM-MR-01' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: 'code must be 2–32 upper-case letters, digits or dashes' })
  code: string;
  @ApiProperty({ example: '四維職務宿舍' }) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @ApiProperty({ example: '高雄市苓雅區四維三路2號' }) @IsString() @IsNotEmpty() @MaxLength(200) address: string;
  @ApiProperty({ enum: DORMITORY_TYPES }) @IsIn(DORMITORY_TYPES) type: DormitoryType;
  @ApiPropertyOptional({ enum: LIVE_STATUSES, default: 'vacant' })
  @IsOptional()
  @IsIn(LIVE_STATUSES)
  status?: DormitoryStatus;
  @ApiPropertyOptional({ description: 'lent for public-interest events (head residences only)' })
  @IsOptional()
  @IsBoolean()
  lendable?: boolean;
  @ApiPropertyOptional({ example: '1998-07-01' }) @IsOptional() @IsIsoDate() acquiredOn?: string;
  @ApiPropertyOptional({ description: 'managing agency; admins only, default your own' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ApiPropertyOptional({
    type: [UnitDto],
    description: 'default one unit `1`; several only for multi-room staff dormitories',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => UnitDto)
  units?: UnitDto[];
}

export class UpdateDormitoryDto {
  @ApiProperty({ description: 'the version you read' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) address?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() lendable?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class ChangeDormitoryStatusDto {
  @ApiProperty({ description: 'the version you read' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ enum: DORMITORY_STATUSES }) @IsIn(DORMITORY_STATUSES) status: DormitoryStatus;
  @ApiProperty({ example: '2026-11-20' }) @IsIsoDate() effectiveOn: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class DormitoryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DORMITORY_TYPES }) @IsOptional() @IsIn(DORMITORY_TYPES) type?: DormitoryType;
  @ApiPropertyOptional({ enum: DORMITORY_STATUSES }) @IsOptional() @IsIn(DORMITORY_STATUSES) status?: DormitoryStatus;
  @ApiPropertyOptional() @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ description: 'part of the code, name or address' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export class DormitoryUnitView {
  @ApiProperty() id: string;
  @ApiProperty() dormitoryId: string;
  @ApiProperty() code: string;
  @ApiProperty() roomCount: number;
}

export class DormitoryView {
  @ApiProperty() id: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty({ enum: DORMITORY_TYPES }) type: DormitoryType;
  @ApiProperty({ enum: DORMITORY_STATUSES }) status: DormitoryStatus;
  @ApiProperty() lendable: boolean;
  @ApiProperty({ nullable: true, type: String }) acquiredOn: string | null;
  @ApiProperty({ nullable: true, type: String }) removedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() version: number;
}

export class DormitoryStatusChangeView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: DORMITORY_STATUSES }) fromStatus: DormitoryStatus;
  @ApiProperty({ enum: DORMITORY_STATUSES }) toStatus: DormitoryStatus;
  @ApiProperty({ example: '2026-11-20' }) effectiveOn: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() createdAt: Date;
}

export class DormitoryDetailView extends DormitoryView {
  @ApiProperty({ type: [DormitoryUnitView] }) units: DormitoryUnitView[];
  @ApiProperty({ type: [DormitoryStatusChangeView], description: 'status changes, newest first' })
  history: DormitoryStatusChangeView[];
}

export class DormitoryPage {
  @ApiProperty({ type: [DormitoryView] }) items: DormitoryView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
