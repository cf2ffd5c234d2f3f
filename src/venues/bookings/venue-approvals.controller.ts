import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
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
  @ApiOperation({ summary: '場地：待審核的預約', description: '場地管理者的審核清單，使用日期近的在前。' })
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueApprovalPage, description: '待審核的預約，使用日期近的在前' })
  queue(@CurrentActor() actor: Actor, @Query() query: ApprovalQueueQuery) {
    return this.approvals.queue(actor, query);
  }

  @Post('bookings/:id/approve')
  @ApiOperation({
    summary: '場地：核准預約',
    description:
      '場地管理者核准一筆待審核的預約，時段重疊的其他待審核申請同時駁回；需帶回 `version`。時段已被占用回 409 `venue.clash`，不是待審核的預約回 409 `venue.booking_state`，資料已被他人修改回 409。',
  })
  @HttpCode(200)
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueApprovalResult, description: '時段重疊的其他待審核申請同時駁回' })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({
    type: ErrorBody,
    description: '時段重疊（`venue.clash`）、資料已被他人修改，或不是待審核的預約（`venue.booking_state`）',
  })
  approve(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: VenueVersionDto) {
    return this.approvals.approve(actor, id, input);
  }

  @Post('bookings/:id/reject')
  @ApiOperation({
    summary: '場地：駁回預約',
    description: '場地管理者填寫原因駁回待審核的預約；已審核或已結束回 409 `venue.booking_state`。',
  })
  @HttpCode(200)
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueBookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '已審核或已結束（`venue.booking_state`）' })
  reject(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: VenueReasonDto) {
    return this.approvals.reject(actor, id, input);
  }

  @Post('bookings/:id/check-in')
  @ApiOperation({
    summary: '場地：報到',
    description:
      '場地管理者為已核准的預約登記報到，自開始前不久起至結束為止可報到。不是已核准的預約回 409 `venue.booking_state`；太早或已結束回 422 `venue.check_in_timing`。',
  })
  @HttpCode(200)
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueBookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '不是已核准的預約（`venue.booking_state`）' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '太早或已結束（`venue.check_in_timing`）' })
  checkIn(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.approvals.checkIn(actor, id);
  }

  @Post('bookings/:id/no-show')
  @ApiOperation({
    summary: '場地：登記未到',
    description:
      '場地管理者在預約開始後登記未到，剩餘時段釋出供他人預約。不是已核准的預約回 409 `venue.booking_state`；尚未開始回 422 `venue.no_show_timing`。',
  })
  @HttpCode(200)
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueBookingView, description: '剩餘時段已釋出' })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '不是已核准的預約（`venue.booking_state`）' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '預約尚未開始（`venue.no_show_timing`）' })
  noShow(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.approvals.noShow(actor, id);
  }
}
