import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { IsTaiwanPlate } from '../../../common/plates/is-taiwan-plate';
import { IsInstant } from '../../../common/validation/instant';
import {
  UNAVAILABILITY_KINDS,
  UnavailabilityKind,
  VEHICLE_CLASSES,
  VEHICLE_STATUSES,
  VehicleClass,
  VehicleStatus,
} from '../../fleet.constants';

const DATE_ONLY = { strict: true } as const;

export class CreateVehicleDto {
  @ApiProperty({
    example: 'ABC-1235',
    description: 'Taiwan plate of any official format; stored upper case with one dash (ABC-1235, AB-1234, FAA-233)',
  })
  @IsString()
  @IsTaiwanPlate()
  plate: string;

  @ApiProperty({ enum: VEHICLE_CLASSES }) @IsIn(VEHICLE_CLASSES) vehicleClass: VehicleClass;
  @ApiPropertyOptional({ example: 'Toyota Camry' }) @IsOptional() @IsString() @MaxLength(100) model?: string;
  @ApiProperty({ minimum: 1, maximum: 60 }) @IsInt() @Min(1) @Max(60) seats: number;
  @ApiProperty({ description: 'owning agency' }) @IsUUID() agencyId: string;
  @ApiPropertyOptional({ enum: VEHICLE_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(VEHICLE_STATUSES)
  status?: VehicleStatus;
  @ApiPropertyOptional({ minimum: 0, default: 0 }) @IsOptional() @IsInt() @Min(0) @Max(5_000_000) odometerKm?: number;
  @ApiProperty({ example: '2027-06-30' }) @IsISO8601(DATE_ONLY) insuranceExpiresOn: string;
  @ApiProperty({ example: '2027-03-31' }) @IsISO8601(DATE_ONLY) inspectionDueOn: string;
  @ApiPropertyOptional({ example: 10000 }) @IsOptional() @IsInt() @Min(500) @Max(100_000) serviceIntervalKm?: number;
  @ApiPropertyOptional({ example: 6 }) @IsOptional() @IsInt() @Min(1) @Max(60) serviceIntervalMonths?: number;
  @ApiPropertyOptional({ example: '2026-09-01' }) @IsOptional() @IsISO8601(DATE_ONLY) lastServiceOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(5_000_000) lastServiceOdometerKm?: number;
}

/** Every field but the odometer, which only check-in moves forward. */
export class UpdateVehicleDto extends PartialType(OmitType(CreateVehicleDto, ['odometerKm'] as const)) {
  @ApiProperty({ description: 'the version you read; a stale one is a 409' }) @IsInt() @Min(1) version: number;
}

export class VehicleQuery extends PageQuery {
  @ApiPropertyOptional({ enum: VEHICLE_STATUSES }) @IsOptional() @IsIn(VEHICLE_STATUSES) status?: VehicleStatus;
  @ApiPropertyOptional({ enum: VEHICLE_CLASSES }) @IsOptional() @IsIn(VEHICLE_CLASSES) vehicleClass?: VehicleClass;
  @ApiPropertyOptional() @IsOptional() @IsUUID() agencyId?: string;
}

export class CreateUnavailabilityDto {
  @ApiProperty({ enum: UNAVAILABILITY_KINDS }) @IsIn(UNAVAILABILITY_KINDS) kind: UnavailabilityKind;
  @ApiProperty() @IsInstant() startsAt: Date;
  @ApiProperty() @IsInstant() endsAt: Date;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(500) notes?: string;
}

export class VehicleView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'ABC-1235' }) plate: string;
  @ApiProperty({ enum: VEHICLE_CLASSES }) vehicleClass: VehicleClass;
  @ApiProperty({ nullable: true, type: String }) model: string | null;
  @ApiProperty() seats: number;
  @ApiProperty() agencyId: string;
  @ApiProperty({ enum: VEHICLE_STATUSES }) status: VehicleStatus;
  @ApiProperty() odometerKm: number;
  @ApiProperty() insuranceExpiresOn: string;
  @ApiProperty() inspectionDueOn: string;
  @ApiProperty({ nullable: true, type: Number }) serviceIntervalKm: number | null;
  @ApiProperty({ nullable: true, type: Number }) serviceIntervalMonths: number | null;
  @ApiProperty({ nullable: true, type: String }) lastServiceOn: string | null;
  @ApiProperty({ nullable: true, type: Number }) lastServiceOdometerKm: number | null;
  @ApiProperty() version: number;
}

export class VehiclePage {
  @ApiProperty({ type: [VehicleView] }) items: VehicleView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class UnavailabilityView {
  @ApiProperty() id: string;
  @ApiProperty() vehicleId: string;
  @ApiProperty({ enum: UNAVAILABILITY_KINDS }) kind: UnavailabilityKind;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
}
