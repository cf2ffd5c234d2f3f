import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
} from 'class-validator';
import { IsInstant } from '../../../common/validation/instant';
import {
  BOOKING_CHANNELS,
  BOOKING_STATES,
  BookingChannel,
  BookingState,
  TRIP_STATES,
  TripState,
  VEHICLE_CLASSES,
  VehicleClass,
} from '../../fleet.constants';

export class CreateBookingDto {
  @ApiProperty({ example: '市政會議接待外賓' }) @IsString() @IsNotEmpty() @MaxLength(500) purpose: string;
  @ApiProperty({ example: '四維行政中心' }) @IsString() @IsNotEmpty() @MaxLength(200) origin: string;
  @ApiPropertyOptional({ type: [String], example: ['高雄車站'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  stops?: string[];
  @ApiProperty({ example: '鳳山行政中心' }) @IsString() @IsNotEmpty() @MaxLength(200) destination: string;
  @ApiProperty({ minimum: 1, maximum: 60 }) @IsInt() @Min(1) @Max(60) passengers: number;
  @ApiProperty() @IsInstant() startsAt: Date;
  @ApiProperty() @IsInstant() endsAt: Date;
  @ApiProperty({ description: 'whether a driver should drive' }) @IsBoolean() needsDriver: boolean;
  @ApiPropertyOptional({ enum: VEHICLE_CLASSES, description: 'vip_van (禮賓車) when the trip is for guests' })
  @IsOptional()
  @IsIn(VEHICLE_CLASSES)
  wantedClass?: VehicleClass;
  @ApiPropertyOptional({ default: false, description: 'borrow the car for the period (借用) rather than a trip' })
  @IsOptional()
  @IsBoolean()
  loan?: boolean;
  @ApiProperty({ example: '07-7995678#1234' })
  @Matches(/^[0-9+#()\- ]{6,30}$/, { message: 'contactPhone may hold digits, spaces and + # ( ) -' })
  contactPhone: string;
}

/**
 * A paper request (書面申請) typed in by the dispatcher: the agency and the name written on the form.
 * `contactPhone` is the requester's telephone.
 */
export class CreatePaperBookingDto extends CreateBookingDto {
  @ApiProperty({ description: 'the agency that filed the paper request; the booking belongs to it' })
  @IsUUID()
  agencyId: string;
  @ApiProperty({ example: '王小明', description: 'the requester named on the paper form' })
  @IsString()
  @Matches(/\S/, { message: 'requesterName must not be blank' })
  @MaxLength(100)
  requesterName: string;
  @ApiPropertyOptional({
    description: "the requester's account, when they have one (must belong to the agency); the dispatcher otherwise",
  })
  @IsOptional()
  @IsUUID()
  requesterId?: string;
}

export class ReasonDto {
  @ApiProperty({ example: '會議取消' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(500)
  reason: string;
}

export class AssignBookingDto {
  @ApiProperty() @IsUUID() vehicleId: string;
  @ApiPropertyOptional({ description: 'required when the booking needs a driver' })
  @IsOptional()
  @IsUUID()
  driverId?: string;
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 1440,
    description: 'minutes kept free after the trip; the office default when omitted',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  turnaroundMinutes?: number;
  @ApiPropertyOptional({ description: 'the version of the booking you read; a stale one is a 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class PoolBookingDto {
  @ApiProperty({ description: 'the trip to put this booking on (集中調派)' }) @IsUUID() tripId: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) version?: number;
}

export class TripSummary {
  @ApiProperty() id: string;
  @ApiProperty() vehicleId: string;
  @ApiProperty({ nullable: true, type: String }) driverId: string | null;
  @ApiProperty({ enum: TRIP_STATES }) state: TripState;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty() turnaroundMinutes: number;
}

export class BookingView {
  @ApiProperty() id: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() requesterId: string;
  @ApiProperty() enteredById: string;
  @ApiProperty({ enum: BOOKING_CHANNELS }) channel: BookingChannel;
  @ApiProperty({ nullable: true, type: String, description: 'the name on a paper request (書面申請)' })
  paperRequesterName: string | null;
  @ApiProperty() purpose: string;
  @ApiProperty() origin: string;
  @ApiProperty({ type: [String] }) stops: string[];
  @ApiProperty() destination: string;
  @ApiProperty() passengers: number;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty() needsDriver: boolean;
  @ApiProperty({ enum: VEHICLE_CLASSES, nullable: true }) wantedClass: VehicleClass | null;
  @ApiProperty() loan: boolean;
  @ApiProperty() contactPhone: string;
  @ApiProperty({ enum: BOOKING_STATES }) state: BookingState;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) tripId: string | null;
  @ApiPropertyOptional({ type: TripSummary }) trip?: TripSummary;
  @ApiProperty({ nullable: true, type: Date, description: 'set when the booking was imported from earlier records' })
  importedAt: Date | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "an imported booking's requester as the records name them",
  })
  importedRequesterName: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}

export class BookingPage {
  @ApiProperty({ type: [BookingView] }) items: BookingView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
