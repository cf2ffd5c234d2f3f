import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import { VenueBookingFilter } from './dto/venue-booking-query.dto';
import {
  CreateVenueBookingDto,
  UpdateVenueBookingDto,
  VenueBookingPage,
  VenueBookingView,
  VenueReasonDto,
} from './dto/venue-booking.dto';
import { VenueBookingsService } from './venue-bookings.service';

@ApiTags('venues')
@Controller('venues/bookings')
export class VenueBookingsController {
  constructor(private readonly bookings: VenueBookingsService) {}

  @Get()
  @ApiOperation({ summary: '場地：查詢場地預約', description: '各機關看得到自己機關的預約；場地管理者看得到全部。' })
  @AnyRole()
  @ApiOkResponse({ type: VenueBookingPage, description: '各機關看得到自己機關的預約；場地管理者看得到全部' })
  list(@CurrentActor() actor: Actor, @Query() filter: VenueBookingFilter) {
    return this.bookings.list(actor, filter);
  }

  @Get(':id')
  @ApiOperation({ summary: '場地：查看場地預約' })
  @AnyRole()
  @ApiOkResponse({ type: VenueBookingView })
  @ApiNotFoundResponse({ type: ErrorBody, description: '預約不存在，或屬於其他機關' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.bookings.get(actor, id);
  }

  @Post()
  @ApiOperation({
    summary: '場地：預約場地（會議室、中庭、廣場、禮堂）',
    description:
      '申請人為自己的機關預約；場地管理者可代其他機關預約。場地不需審核（或由場地管理者預約）時直接核准，否則為待審核。\n\n拒絕：場地不存在回 404；時段與其他預約重疊（含前後緩衝與所屬分區）回 409 `venue.clash`（`details.clashingBookingIds` 列出占用的預約）；違反預約規則回 422 `venue.rules_broken`，每條規則一筆 `details.fields`（如 `venue.too_soon`、`venue.too_far_ahead`、`venue.too_long`、`venue.outside_opening_hours`、`venue.closed_day`、`venue.over_capacity`、`venue.equipment_exceeded`、`venue.space_inactive`、`venue.agency_not_yours`）。',
  })
  @Roles('requester', 'venue_manager')
  @ApiCreatedResponse({
    type: VenueBookingView,
    description: '場地不需審核（或由場地管理者預約）時直接核准，否則為待審核',
  })
  @ApiNotFoundResponse({ type: ErrorBody, description: '場地不存在' })
  @ApiConflictResponse({
    type: ErrorBody,
    description: '時段已被其他預約占用（`venue.clash`，`details.clashingBookingIds` 列出占用的預約）',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '違反預約規則（`venue.rules_broken`，每條規則一筆 `details.fields`）',
  })
  create(@CurrentActor() actor: Actor, @Body() input: CreateVenueBookingDto) {
    return this.bookings.create(actor, input);
  }

  @Patch(':id')
  @ApiOperation({
    summary: '場地：修改場地預約',
    description:
      '預約人或場地管理者修改一筆預約（週期預約只改這一天）；需帶回 `version`。不是您的預約回 403；時段重疊回 409 `venue.clash`，預約已結束或已取消回 409 `venue.booking_state`，資料已被他人修改回 409；違反預約規則回 422 `venue.rules_broken`。',
  })
  @Roles('requester', 'venue_manager')
  @ApiOkResponse({ type: VenueBookingView, description: '只修改這一筆預約（週期預約的其中一天）' })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiForbiddenResponse({ type: ErrorBody, description: '不是您的預約' })
  @ApiConflictResponse({
    type: ErrorBody,
    description: '時段重疊（`venue.clash`）、資料已被他人修改，或預約已結束（`venue.booking_state`）',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateVenueBookingDto) {
    return this.bookings.update(actor, id, input);
  }

  @Post(':id/cancel')
  @ApiOperation({
    summary: '場地：取消場地預約',
    description: '預約人或場地管理者填寫原因取消；不是您的預約回 403，已無法取消回 409 `venue.booking_state`。',
  })
  @HttpCode(200)
  @Roles('requester', 'venue_manager')
  @ApiOkResponse({ type: VenueBookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiForbiddenResponse({ type: ErrorBody, description: '不是您的預約' })
  @ApiConflictResponse({ type: ErrorBody, description: '預約已無法取消（`venue.booking_state`）' })
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: VenueReasonDto) {
    return this.bookings.cancel(actor, id, input);
  }
}
