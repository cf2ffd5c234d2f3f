import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { CreateVenueBookingDto, VenueBookingView, VenueReasonDto } from '../../bookings/dto/venue-booking.dto';
import { ON_CLASH_CHOICES, OnClash, SERIES_FREQUENCIES, SeriesFrequency } from '../../venue.constants';

export class RepeatDto {
  @ApiProperty({ enum: SERIES_FREQUENCIES }) @IsIn(SERIES_FREQUENCIES) frequency: SeriesFrequency;
  @ApiPropertyOptional({ minimum: 1, maximum: 12, default: 1, description: 'every n days or weeks' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  interval?: number;
  @ApiProperty({ example: '2026-12-31', description: 'the last date a booking may fall on (inclusive)' })
  @IsIsoDate()
  until: string;
}

/** The first date's booking, how it repeats, and what to do with the dates that cannot be booked. */
export class CreateVenueSeriesDto extends CreateVenueBookingDto {
  @ApiProperty({ type: RepeatDto }) @ValidateNested() @Type(() => RepeatDto) repeat: RepeatDto;
  @ApiProperty({
    enum: ON_CLASH_CHOICES,
    description: 'fail: book every date or none (409 listing the dates in the way); skip: book the others',
  })
  @IsIn(ON_CLASH_CHOICES)
  onClash: OnClash;
}

export class CancelVenueSeriesDto extends VenueReasonDto {
  @ApiPropertyOptional({
    example: '2026-12-01',
    description: 'cancel the dates from this one on; from today when omitted',
  })
  @IsOptional()
  @IsIsoDate()
  fromDate?: string;
}

export class VenueSeriesView {
  @ApiProperty() id: string;
  @ApiProperty() spaceId: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() requesterId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SERIES_FREQUENCIES }) frequency: SeriesFrequency;
  @ApiProperty() interval: number;
  @ApiProperty() untilDate: string;
  @ApiProperty({ enum: ON_CLASH_CHOICES }) onClash: OnClash;
  @ApiProperty() createdAt: Date;
}

export class SkippedDate {
  @ApiProperty({ description: '0 for the first date' }) occurrence: number;
  @ApiProperty({ example: '2026-12-08' }) date: string;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({
    example: 'venue.clash',
    description: 'venue.clash, venue.closed_day, venue.too_soon or venue.too_far_ahead',
  })
  code: string;
  @ApiProperty({ type: [String] }) clashingBookingIds: string[];
}

export class VenueSeriesResult {
  @ApiProperty({ type: VenueSeriesView }) series: VenueSeriesView;
  @ApiProperty({ type: [VenueBookingView] }) bookings: VenueBookingView[];
  @ApiProperty({ type: [SkippedDate], description: 'dates left out (skip mode only)' }) skipped: SkippedDate[];
}

export class CancelledSeriesView {
  @ApiProperty({ type: [String] }) cancelledBookingIds: string[];
}
