import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { IsInstant } from '../../../common/validation/instant';
import { DRIVER_UNAVAILABILITY_KINDS, DriverUnavailabilityKind } from '../../fleet.constants';

export class CreateDriverUnavailabilityDto {
  @ApiProperty({ enum: DRIVER_UNAVAILABILITY_KINDS })
  @IsIn(DRIVER_UNAVAILABILITY_KINDS)
  kind: DriverUnavailabilityKind;
  @ApiProperty() @IsInstant() startsAt: Date;
  @ApiProperty({ description: 'after startsAt' }) @IsInstant() endsAt: Date;
  @ApiProperty({ example: '年度休假', maxLength: 500 }) @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class DriverUnavailabilityQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() driverId?: string;
  @ApiPropertyOptional({ description: 'windows that end after this instant' }) @IsOptional() @IsInstant() from?: Date;
  @ApiPropertyOptional({ description: 'windows that start before this instant' }) @IsOptional() @IsInstant() to?: Date;
}

export class DriverUnavailabilityView {
  @ApiProperty() id: string;
  @ApiProperty() driverId: string;
  @ApiProperty({ enum: DRIVER_UNAVAILABILITY_KINDS }) kind: DriverUnavailabilityKind;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty() reason: string;
  @ApiProperty() createdAt: Date;
}

export class DriverUnavailabilityPage {
  @ApiProperty({ type: [DriverUnavailabilityView] }) items: DriverUnavailabilityView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
