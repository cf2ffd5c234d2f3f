import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
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
} from 'class-validator';
import { LOCATION_KINDS, LocationKind } from '../location.entity';

export class CreateLocationDto {
  @ApiProperty({ enum: LOCATION_KINDS }) @IsIn(LOCATION_KINDS) kind: LocationKind;
  @ApiPropertyOptional({ description: 'required for every kind but site' }) @IsOptional() @IsUUID() parentId?: string;
  @ApiProperty({ example: '3F' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/, {
    message: 'code must be 1–32 letters, digits, dots, dashes or underscores',
  })
  code: string;
  @ApiProperty({ example: '3樓' }) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(-1000) @Max(1000) sortOrder?: number;
}

export class UpdateLocationDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/, {
    message: 'code must be 1–32 letters, digits, dots, dashes or underscores',
  })
  code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(-1000) @Max(1000) sortOrder?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class LocationQuery {
  @ApiPropertyOptional({ description: 'children of this node; omit for the sites' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

export class LocationView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: LOCATION_KINDS }) kind: LocationKind;
  @ApiProperty({ nullable: true, type: String }) parentId: string | null;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() sortOrder: number;
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
}

export class LocationTreeNode extends LocationView {
  @ApiProperty({ type: () => [LocationTreeNode] }) children: LocationTreeNode[];
}

/** A location with its ancestors, as a ticket or a dormitory records it. */
export class LocationPath {
  @ApiProperty({ type: LocationView }) site: LocationView;
  @ApiPropertyOptional({ type: LocationView }) building?: LocationView;
  @ApiPropertyOptional({ type: LocationView }) floor?: LocationView;
  @ApiPropertyOptional({ type: LocationView }) room?: LocationView;
  @ApiProperty({ example: '鳳山行政中心 前棟 3樓 301會議室' }) label: string;
}
