import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
import { IsInstant } from '../../../common/validation/instant';
import { VenueVersionDto } from '../../venue-version.dto';
import {
  BOOKING_STATUSES,
  BookingStatus,
  EVENT_KINDS,
  EventKind,
  MAX_BUFFER_MINUTES,
  SPACE_KINDS,
  SpaceKind,
} from '../../venue.constants';

export class BookedEquipmentDto {
  @ApiProperty({ example: 'projector', description: "a code of the space's equipment" })
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'code must be lower-case letters, digits or underscores' })
  code: string;
  @ApiProperty({ minimum: 1, maximum: 1000 }) @IsInt() @Min(1) @Max(1000) quantity: number;
}

/** What a booker fills in for one booking (or each date of a series). */
export class VenueBookingFields {
  @ApiProperty({ example: '112年度預算說明會' }) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiProperty({ enum: EVENT_KINDS }) @IsIn(EVENT_KINDS) eventKind: EventKind;
  @ApiProperty({ minimum: 1, maximum: 100000 }) @IsInt() @Min(1) @Max(100000) attendees: number;
  @ApiProperty({ example: '2026-12-01T09:00:00+08:00' }) @IsInstant() startsAt: Date;
  @ApiProperty({ example: '2026-12-01T11:00:00+08:00' }) @IsInstant() endsAt: Date;
  @ApiPropertyOptional({ minimum: 0, maximum: MAX_BUFFER_MINUTES, default: 0, description: 'held before the start' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_BUFFER_MINUTES)
  setupMinutes?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: MAX_BUFFER_MINUTES, default: 0, description: 'held after the end' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_BUFFER_MINUTES)
  cleanupMinutes?: number;
  @ApiPropertyOptional({ type: [BookedEquipmentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => BookedEquipmentDto)
  equipment?: BookedEquipmentDto[];
  @ApiProperty({ example: '王小明' }) @IsString() @IsNotEmpty() @MaxLength(100) contactName: string;
  @ApiProperty({ example: '07-7995678#1234' })
  @Matches(/^[0-9+#()\- ]{6,30}$/, { message: 'contactPhone may hold digits, spaces and + # ( ) -' })
  contactPhone: string;
}

export class CreateVenueBookingDto extends VenueBookingFields {
  @ApiProperty() @IsUUID() spaceId: string;
  @ApiPropertyOptional({ description: "venue staff only: the agency booked for (the caller's own when omitted)" })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

/** Changes one booking (one date of a series alone); the rules and the overlap check run again. */
export class UpdateVenueBookingDto extends IntersectionType(PartialType(VenueBookingFields), VenueVersionDto) {}

export class VenueReasonDto {
  @ApiProperty({ example: '會議取消' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(500)
  reason: string;
}

export class VenueSpaceSummary {
  @ApiProperty() id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SPACE_KINDS }) kind: SpaceKind;
  @ApiProperty() siteId: string;
  @ApiProperty() needsApproval: boolean;
}

export class VenueBookingView {
  @ApiProperty() id: string;
  @ApiProperty() spaceId: string;
  @ApiProperty({ type: VenueSpaceSummary }) space: VenueSpaceSummary;
  @ApiProperty() agencyId: string;
  @ApiProperty() requesterId: string;
  @ApiProperty() contactName: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: EVENT_KINDS }) eventKind: EventKind;
  @ApiProperty() attendees: number;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty() setupMinutes: number;
  @ApiProperty() cleanupMinutes: number;
  @ApiProperty({ type: [BookedEquipmentDto] }) equipment: BookedEquipmentDto[];
  @ApiProperty({ enum: BOOKING_STATUSES }) status: BookingStatus;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) seriesId: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedById: string | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) checkedInAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'set when the booking was imported from earlier records' })
  importedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}

export class VenueBookingPage {
  @ApiProperty({ type: [VenueBookingView] }) items: VenueBookingView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class VenueApprovalResult {
  @ApiProperty({ type: VenueBookingView }) booking: VenueBookingView;
  @ApiProperty({ type: [String], description: 'pending requests for an overlapping window, rejected with a reason' })
  rejectedBookingIds: string[];
}

export class VenueApprovalItem extends VenueBookingView {
  @ApiProperty({ example: '財政局', description: 'the agency the space is requested for' }) agencyName: string;
  @ApiProperty({ type: [String], description: 'other pending requests that approving this one would reject' })
  competingRequestIds: string[];
  @ApiProperty({ type: [String], description: 'bookings already holding the space: this request cannot be approved' })
  blockingBookingIds: string[];
}

export class VenueApprovalPage {
  @ApiProperty({ type: [VenueApprovalItem] }) items: VenueApprovalItem[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
