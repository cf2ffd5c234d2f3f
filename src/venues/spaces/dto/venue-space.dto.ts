import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { OptionalBooleanQuery } from '../../../common/validation/boolean-query';
import { VenueVersionDto } from '../../venue-version.dto';
import { SPACE_KINDS, SpaceKind } from '../../venue.constants';

const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;

export class SpaceEquipmentDto {
  @ApiProperty({ example: 'projector' })
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'code must be lower-case letters, digits or underscores' })
  code: string;
  @ApiProperty({ example: '投影機' }) @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @ApiProperty({ minimum: 1, maximum: 1000 }) @IsInt() @Min(1) @Max(1000) quantity: number;
}

class SpaceSettings {
  @ApiPropertyOptional({ example: '第一會議室' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @ApiPropertyOptional({ type: [SpaceEquipmentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SpaceEquipmentDto)
  equipment?: SpaceEquipmentDto[];
  @ApiPropertyOptional({ example: '08:00', description: 'the office default when omitted at creation' })
  @IsOptional()
  @Matches(HOUR_MINUTE, { message: 'opensAt must be HH:mm' })
  opensAt?: string;
  @ApiPropertyOptional({ example: '22:00' })
  @IsOptional()
  @Matches(HOUR_MINUTE, { message: 'closesAt must be HH:mm' })
  closesAt?: string;
  @ApiPropertyOptional({ description: 'open on weekends and holidays too' })
  @IsOptional()
  @IsBoolean()
  openOnNonWorkingDays?: boolean;
  @ApiPropertyOptional({ description: 'bookings wait for the venue staff; otherwise approved at once' })
  @IsOptional()
  @IsBoolean()
  needsApproval?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) notes?: string;
}

export class CreateVenueSpaceDto extends SpaceSettings {
  @ApiProperty({ description: 'a room of the location tree' }) @IsUUID() locationId: string;
  @ApiProperty({ example: 'SW-201' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,31}$/, { message: 'code must be 1–32 capital letters, digits or dashes' })
  code: string;
  @ApiProperty({ enum: SPACE_KINDS }) @IsIn(SPACE_KINDS) kind: SpaceKind;
  @ApiProperty({ minimum: 1, maximum: 100000 }) @IsInt() @Min(1) @Max(100000) capacity: number;
  @ApiPropertyOptional({
    type: [String],
    description: 'for a hall made of rooms: the spaces it is made of; booking it holds them too. Cannot change later.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  partIds?: string[];
}

export class UpdateVenueSpaceDto extends IntersectionType(SpaceSettings, VenueVersionDto) {
  @ApiPropertyOptional({ minimum: 1, maximum: 100000 }) @IsOptional() @IsInt() @Min(1) @Max(100000) capacity?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class VenueSpaceQuery {
  @ApiPropertyOptional({ description: 'one center (a site of the location tree)' })
  @IsOptional()
  @IsUUID()
  siteId?: string;
  @ApiPropertyOptional({ enum: SPACE_KINDS }) @IsOptional() @IsIn(SPACE_KINDS) kind?: SpaceKind;
  @ApiPropertyOptional({ default: false }) @OptionalBooleanQuery() includeInactive?: boolean;
}

export class VenueSpaceView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'SW-201' }) code: string;
  @ApiProperty({ example: '第一會議室' }) name: string;
  @ApiProperty({ enum: SPACE_KINDS }) kind: SpaceKind;
  @ApiProperty({ example: '會議室' }) kindLabel: string;
  @ApiProperty({ description: 'atrium, plaza or auditorium: its bookings count as openings' }) isPublicSpace: boolean;
  @ApiProperty() siteId: string;
  @ApiProperty({ example: '四維行政中心' }) siteName: string;
  @ApiProperty() locationId: string;
  @ApiProperty({ example: '四維行政中心大樓 2樓 第一會議室' }) locationLabel: string;
  @ApiProperty() capacity: number;
  @ApiProperty({ type: [SpaceEquipmentDto] }) equipment: SpaceEquipmentDto[];
  @ApiProperty({ example: '08:00' }) opensAt: string;
  @ApiProperty({ example: '22:00' }) closesAt: string;
  @ApiProperty() openOnNonWorkingDays: boolean;
  @ApiProperty() needsApproval: boolean;
  @ApiProperty() active: boolean;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ type: [String], description: 'the rooms this hall is made of' }) partIds: string[];
  @ApiProperty({ type: [String], description: 'the halls this room is part of' }) partOfIds: string[];
  @ApiProperty() version: number;
}
