import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { VEHICLE_CLASSES, VehicleClass } from '../../fleet.constants';

export class CandidatesQuery {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 1440,
    description: 'turnaround buffer to keep after the trip; the office default when omitted',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1440)
  turnaroundMinutes?: number;
}

export class VehicleCandidate {
  @ApiProperty() id: string;
  @ApiProperty() plate: string;
  @ApiProperty({ enum: VEHICLE_CLASSES }) vehicleClass: VehicleClass;
  @ApiProperty() seats: number;
  @ApiProperty({ nullable: true, type: Date, description: 'end of its latest trip' }) lastUsedAt: Date | null;
}

export class DriverCandidate {
  @ApiProperty() id: string;
  @ApiProperty() displayName: string;
  @ApiProperty() licenceExpiresOn: string;
  @ApiProperty({ nullable: true, type: Date }) lastUsedAt: Date | null;
}

export class Candidates {
  @ApiProperty() bookingId: string;
  @ApiProperty({
    type: [VehicleCandidate],
    description: 'smallest vehicle that seats the party first, then the least recently used',
  })
  vehicles: VehicleCandidate[];
  @ApiProperty({ type: [DriverCandidate], description: 'empty when the booking needs no driver' })
  drivers: DriverCandidate[];
}
