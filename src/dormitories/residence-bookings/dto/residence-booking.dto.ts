import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { BOOKING_STATUSES, BookingStatus, ORGANIZER_TYPES, OrganizerType } from '../residence-booking-kinds';

const DECISIONS = ['approved', 'rejected'] as const;

export class CreateResidenceBookingDto {
  @ApiProperty({ description: 'a lendable head-of-agency residence' }) @IsUUID() dormitoryId: string;
  @ApiProperty({ enum: ORGANIZER_TYPES }) @IsIn(ORGANIZER_TYPES) organizerType: OrganizerType;
  @ApiProperty({ example: '高雄市立四維國小' }) @IsString() @IsNotEmpty() @MaxLength(200) organizerName: string;
  @ApiProperty({ example: '兒童節公益音樂會' }) @IsString() @IsNotEmpty() @MaxLength(1000) purpose: string;
  @ApiProperty({ format: 'date-time' }) @IsDateString({ strict: true }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) @IsDateString({ strict: true }) endsAt: string;
}

export class DecideBookingDto {
  @ApiProperty({ description: 'the version you read' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ enum: DECISIONS }) @IsIn(DECISIONS) decision: (typeof DECISIONS)[number];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class CancelBookingDto {
  @ApiProperty({ description: 'the version you read' }) @IsInt() @Min(1) version: number;
}

export class BookingQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() dormitoryId?: string;
  @ApiPropertyOptional({ enum: BOOKING_STATUSES }) @IsOptional() @IsIn(BOOKING_STATUSES) status?: BookingStatus;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'exclusive' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}

export class ResidenceBookingView {
  @ApiProperty() id: string;
  @ApiProperty() dormitoryId: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() requestedByUserId: string;
  @ApiProperty({ enum: ORGANIZER_TYPES }) organizerType: OrganizerType;
  @ApiProperty() organizerName: string;
  @ApiProperty() purpose: string;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ enum: BOOKING_STATUSES }) status: BookingStatus;
  @ApiProperty({ nullable: true, type: String }) decisionNote: string | null;
  @ApiProperty() version: number;
}

export class ResidenceBookingPage {
  @ApiProperty({ type: [ResidenceBookingView] }) items: ResidenceBookingView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class LendableResidenceView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
}
