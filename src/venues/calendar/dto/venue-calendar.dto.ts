import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsInstant } from '../../../common/validation/instant';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { SpaceEquipmentDto, VenueSpaceView } from '../../spaces/dto/venue-space.dto';
import {
  BOOKING_STATUSES,
  BookingStatus,
  EVENT_KINDS,
  EventKind,
  MAX_BUFFER_MINUTES,
  MAX_CALENDAR_DAYS,
  SPACE_KINDS,
  SpaceKind,
} from '../../venue.constants';

export class VenueCalendarQuery {
  @ApiProperty({ example: '2026-11-23', description: 'first day (office time zone)' }) @IsIsoDate() from: string;
  @ApiProperty({ example: '2026-11-29', description: `last day, inclusive; at most ${MAX_CALENDAR_DAYS} days` })
  @IsIsoDate()
  to: string;
  @ApiPropertyOptional({ description: 'one center' }) @IsOptional() @IsUUID() siteId?: string;
  @ApiPropertyOptional({ enum: SPACE_KINDS, description: 'every space of a kind' })
  @IsOptional()
  @IsIn(SPACE_KINDS)
  kind?: SpaceKind;
  @ApiPropertyOptional({ description: 'one space' }) @IsOptional() @IsUUID() spaceId?: string;
}

export class CalendarDay {
  @ApiProperty({ example: '2026-11-23' }) date: string;
  @ApiProperty({ description: 'a working day of the office calendar' }) workingDay: boolean;
}

export class VenueCalendarEntry {
  @ApiProperty({ description: 'the space this entry occupies (a room is busy when its hall is booked)' })
  spaceId: string;
  @ApiProperty() bookingId: string;
  @ApiProperty({ description: 'the space the booking was made for' }) bookedSpaceId: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status: BookingStatus;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ description: 'with the setup buffer' }) occupiedFrom: Date;
  @ApiProperty({ description: 'with the cleanup buffer' }) occupiedUntil: Date;
  @ApiProperty({ description: "false for another agency's booking: only its busy time is shown" }) visible: boolean;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ nullable: true, enum: EVENT_KINDS }) eventKind: EventKind | null;
  @ApiProperty({ nullable: true, type: String }) agencyId: string | null;
  @ApiProperty({ nullable: true, type: Number }) attendees: number | null;
}

export class VenueCalendarView {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [CalendarDay] }) days: CalendarDay[];
  @ApiProperty({ type: [VenueSpaceView] }) spaces: VenueSpaceView[];
  @ApiProperty({
    type: [VenueCalendarEntry],
    description: "every space's busy times; pending requests only where the caller may see them",
  })
  entries: VenueCalendarEntry[];
}

export class FreeSlotQuery {
  @ApiProperty() @IsInstant() startsAt: Date;
  @ApiProperty() @IsInstant() endsAt: Date;
  @ApiProperty({ minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(100000) attendees: number;
  @ApiPropertyOptional({ enum: SPACE_KINDS }) @IsOptional() @IsIn(SPACE_KINDS) kind?: SpaceKind;
  @ApiPropertyOptional({ description: 'one center' }) @IsOptional() @IsUUID() siteId?: string;
  @ApiPropertyOptional({
    type: [String],
    example: ['projector'],
    description: 'codes of the equipment the space must have (each at least one)',
  })
  @IsOptional()
  // A query parameter given once arrives as a string, given twice as a list.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, {
    each: true,
    message: 'equipment codes are lower-case letters, digits or underscores',
  })
  equipment?: string[];
  @ApiPropertyOptional({ minimum: 0, maximum: MAX_BUFFER_MINUTES })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_BUFFER_MINUTES)
  setupMinutes?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: MAX_BUFFER_MINUTES })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_BUFFER_MINUTES)
  cleanupMinutes?: number;
}

export class FreeSpaceView extends VenueSpaceView {
  @ApiProperty({ description: 'requests already waiting for an overlapping window (they would compete)' })
  pendingRequests: number;
}

export class DaySheetQuery {
  @ApiProperty({ description: 'the center' }) @IsUUID() siteId: string;
  @ApiProperty({ example: '2026-11-23' }) @IsIsoDate() date: string;
}

export class DaySheetEquipment extends SpaceEquipmentDto {}

export class DaySheetBooking {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: EVENT_KINDS }) eventKind: EventKind;
  @ApiProperty() agencyId: string;
  @ApiProperty({ example: '財政局' }) agencyName: string;
  @ApiProperty() contactName: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty() attendees: number;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ description: 'setup starts' }) occupiedFrom: Date;
  @ApiProperty({ description: 'cleanup ends' }) occupiedUntil: Date;
  @ApiProperty({ enum: BOOKING_STATUSES }) status: BookingStatus;
  @ApiProperty({ nullable: true, type: Date }) checkedInAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'set when the booking came from an earlier system' })
  importedAt: Date | null;
  @ApiProperty({ type: [DaySheetEquipment], description: 'to set up, with the names of the equipment' })
  equipment: DaySheetEquipment[];
}

export class DaySheetSpace {
  @ApiProperty({ type: VenueSpaceView }) space: VenueSpaceView;
  @ApiProperty({ type: [DaySheetBooking] }) bookings: DaySheetBooking[];
}

export class DaySheetView {
  @ApiProperty() date: string;
  @ApiProperty() workingDay: boolean;
  @ApiProperty() siteId: string;
  @ApiProperty() siteName: string;
  @ApiProperty({ type: [DaySheetSpace] }) spaces: DaySheetSpace[];
  @ApiProperty({ type: [DaySheetEquipment], description: 'all the equipment the day needs, summed per kind' })
  equipment: DaySheetEquipment[];
}
