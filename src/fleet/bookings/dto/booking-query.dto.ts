import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { EXPORT_FORMATS, ExportFormat } from '../../../common/export/table-export';
import { PageQuery } from '../../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../../common/validation/boolean-query';
import { IsInstant } from '../../../common/validation/instant';
import { BOOKING_CHANNELS, BOOKING_STATES, BookingChannel, BookingState } from '../../fleet.constants';

export class BookingFilter extends PageQuery {
  @ApiPropertyOptional({ enum: BOOKING_STATES }) @IsOptional() @IsIn(BOOKING_STATES) state?: BookingState;
  @ApiPropertyOptional({ enum: BOOKING_CHANNELS }) @IsOptional() @IsIn(BOOKING_CHANNELS) channel?: BookingChannel;
  @ApiPropertyOptional({ description: 'dispatchers only; others always see their own agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() vehicleId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() requesterId?: string;
  @ApiPropertyOptional() @OptionalBooleanQuery() loan?: boolean;
  @ApiPropertyOptional({
    description: "true: only the bookings brought in from earlier years' records; false: only those made here",
  })
  @OptionalBooleanQuery()
  imported?: boolean;
  @ApiPropertyOptional({ description: 'trips starting at or after' }) @IsOptional() @IsInstant() from?: Date;
  @ApiPropertyOptional({ description: 'trips starting before' }) @IsOptional() @IsInstant() to?: Date;
}

export class BookingExportQuery extends BookingFilter {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}
