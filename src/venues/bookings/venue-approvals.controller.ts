import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { VenueVersionDto } from '../venue-version.dto';
import { ApprovalQueueQuery } from './dto/venue-booking-query.dto';
import { VenueApprovalPage, VenueApprovalResult, VenueBookingView, VenueReasonDto } from './dto/venue-booking.dto';
import { VenueApprovalsService } from './venue-approvals.service';

@ApiTags('venues')
@Controller('venues')
export class VenueApprovalsController {
  constructor(private readonly approvals: VenueApprovalsService) {}

  @Get('approvals')
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueApprovalPage, description: 'pending requests, soonest first' })
  queue(@CurrentActor() actor: Actor, @Query() query: ApprovalQueueQuery) {
    return this.approvals.queue(actor, query);
  }

  @Post('bookings/:id/approve')
  @HttpCode(200)
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueApprovalResult, description: 'the overlapping pending requests are rejected with it' })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'venue.clash, a stale version, or not a pending request' })
  approve(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: VenueVersionDto) {
    return this.approvals.approve(actor, id, input);
  }

  @Post('bookings/:id/reject')
  @HttpCode(200)
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueBookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'already decided or closed' })
  reject(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: VenueReasonDto) {
    return this.approvals.reject(actor, id, input);
  }

  @Post('bookings/:id/check-in')
  @HttpCode(200)
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueBookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'not an approved booking' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'venue.check_in_timing: too early or over' })
  checkIn(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.approvals.checkIn(actor, id);
  }

  @Post('bookings/:id/no-show')
  @HttpCode(200)
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueBookingView, description: 'the rest of its window is freed' })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'not an approved booking' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'venue.no_show_timing: it has not begun' })
  noShow(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.approvals.noShow(actor, id);
  }
}
