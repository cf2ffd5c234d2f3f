import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../../common/validation/boolean-query';
import { IsInstant } from '../../../common/validation/instant';
import { BOOKING_STATUSES, BookingStatus } from '../../venue.constants';

export class VenueBookingFilter extends PageQuery {
  @ApiPropertyOptional({ enum: BOOKING_STATUSES }) @IsOptional() @IsIn(BOOKING_STATUSES) status?: BookingStatus;
  @ApiPropertyOptional() @IsOptional() @IsUUID() spaceId?: string;
  @ApiPropertyOptional({ description: 'one center' }) @IsOptional() @IsUUID() siteId?: string;
  @ApiPropertyOptional({ description: 'venue staff and report viewers only; others always see their own agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() seriesId?: string;
  @ApiPropertyOptional({
    description: "only the bookings the signed-in user made (earlier years' imported ones left out)",
  })
  @OptionalBooleanQuery()
  mine?: boolean;
  @ApiPropertyOptional({ description: 'starting at or after' }) @IsOptional() @IsInstant() from?: Date;
  @ApiPropertyOptional({ description: 'starting before' }) @IsOptional() @IsInstant() to?: Date;
}

export class ApprovalQueueQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'one center' }) @IsOptional() @IsUUID() siteId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() spaceId?: string;
}
