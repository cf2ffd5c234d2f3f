import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/iso-date';

const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;

export class UpdateLotDto {
  @ApiPropertyOptional({ example: '四維行政中心停車場' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;
  @ApiPropertyOptional({
    description: 'temporary spaces per day; lowering it below what a coming day already issued is refused (422)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  dailyCapacity?: number;
  @ApiPropertyOptional({ example: '07:00' })
  @IsOptional()
  @Matches(HOUR_MINUTE, { message: 'opensAt must be HH:mm' })
  opensAt?: string;
  @ApiPropertyOptional({ example: '22:00' })
  @IsOptional()
  @Matches(HOUR_MINUTE, { message: 'closesAt must be HH:mm' })
  closesAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @ApiProperty({ description: 'the version you read; a newer one is a 409' }) @IsInt() @Min(1) version: number;
}

export class LotView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'SW' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty() dailyCapacity: number;
  @ApiProperty({ example: '07:00:00' }) opensAt: string;
  @ApiProperty({ example: '22:00:00' }) closesAt: string;
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
}

export class LotOfficerView {
  @ApiProperty() lotId: string;
  @ApiProperty() userId: string;
  @ApiProperty() createdAt: Date;
}

export class LotDayView {
  @ApiProperty({ example: '2026-11-23' }) day: string;
  @ApiProperty() capacity: number;
  @ApiProperty() issued: number;
  @ApiProperty() remaining: number;
}

export class LotDaysQuery {
  @ApiProperty({ example: '2026-11-23' })
  @IsIsoDate()
  from: string;
  @ApiProperty({ example: '2026-11-30' })
  @IsIsoDate()
  to: string;
}
