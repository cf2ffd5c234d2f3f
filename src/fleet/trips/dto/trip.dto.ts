import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { IsInstant } from '../../../common/validation/instant';
import { TRIP_STATES, TripState } from '../../fleet.constants';

export class OdometerReadingDto {
  @ApiProperty({ minimum: 0, description: 'never lower than the last reading' })
  @IsInt()
  @Min(0)
  @Max(5_000_000)
  odometerKm: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) fuelPercent: number;
  @ApiPropertyOptional({ example: '右後車門刮傷' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  notes?: string;
}

export class TripQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TRIP_STATES }) @IsOptional() @IsIn(TRIP_STATES) state?: TripState;
  @ApiPropertyOptional() @IsOptional() @IsUUID() vehicleId?: string;
  @ApiPropertyOptional({ description: 'dispatchers only; drivers always see their own trips' })
  @IsOptional()
  @IsUUID()
  driverId?: string;
  @ApiPropertyOptional() @IsOptional() @IsInstant() from?: Date;
  @ApiPropertyOptional() @IsOptional() @IsInstant() to?: Date;
}

/** What a driver needs to know of a booking the trip serves: where to, why and for whom. */
export class TripBookingView {
  @ApiProperty() id: string;
  @ApiProperty({ example: '市政會議接待外賓' }) purpose: string;
  @ApiProperty({ example: '四維行政中心' }) origin: string;
  @ApiProperty({ type: [String], example: ['高雄車站'] }) stops: string[];
  @ApiProperty({ example: '鳳山行政中心' }) destination: string;
  @ApiProperty() passengers: number;
  @ApiProperty({
    example: '王小明',
    description: 'as the paper form or the imported records name them, else the account',
  })
  requesterName: string;
  @ApiProperty({ example: '07-7995678#1234' }) contactPhone: string;
}

export class TripView {
  @ApiProperty() id: string;
  @ApiProperty() vehicleId: string;
  @ApiProperty({ nullable: true, type: String }) driverId: string | null;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty() turnaroundMinutes: number;
  @ApiProperty({ enum: TRIP_STATES }) state: TripState;
  @ApiProperty({ nullable: true, type: Date }) checkedOutAt: Date | null;
  @ApiProperty({ nullable: true, type: Number }) odometerOutKm: number | null;
  @ApiProperty({ nullable: true, type: Number }) fuelOutPercent: number | null;
  @ApiProperty({ nullable: true, type: String }) notesOut: string | null;
  @ApiProperty({ nullable: true, type: Date }) checkedInAt: Date | null;
  @ApiProperty({ nullable: true, type: Number }) odometerInKm: number | null;
  @ApiProperty({ nullable: true, type: Number }) fuelInPercent: number | null;
  @ApiProperty({ nullable: true, type: String }) notesIn: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'kilometres driven, once checked in' }) kmDriven:
    number | null;
  @ApiProperty({ type: [String] }) bookingIds: string[];
  @ApiProperty({ type: [TripBookingView], description: 'the bookings the trip serves, earliest first' })
  bookings: TripBookingView[];
  @ApiProperty() version: number;
}

export class TripPage {
  @ApiProperty({ type: [TripView] }) items: TripView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
