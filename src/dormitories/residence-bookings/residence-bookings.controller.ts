import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { VersionCheckedStep } from '../../common/routes/version-checked-step';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import {
  BookingQuery,
  CancelBookingDto,
  CreateResidenceBookingDto,
  DecideBookingDto,
  LendableResidenceView,
  ResidenceBookingPage,
  ResidenceBookingView,
} from './dto/residence-booking.dto';
import { ResidenceBookingsService } from './residence-bookings.service';

@ApiTags('dormitories')
@Controller('residence-bookings')
export class ResidenceBookingsController {
  constructor(private readonly bookings: ResidenceBookingsService) {}

  @Get('residences')
  @ApiOperation({ summary: '首長宿舍借用：列出可借用的宿舍' })
  @AnyRole()
  @ApiOkResponse({ type: [LendableResidenceView] })
  async residences(): Promise<LendableResidenceView[]> {
    return (await this.bookings.lendableResidences()).map(({ id, name, address }) => ({ id, name, address }));
  }

  @Get()
  @ApiOperation({ summary: '首長宿舍借用：查詢借用申請', description: '申請人只看得到自己機關的申請。' })
  @AnyRole()
  @ApiOkResponse({ type: ResidenceBookingPage, description: '申請人只看得到自己機關的申請' })
  list(@CurrentActor() actor: Actor, @Query() query: BookingQuery) {
    return this.bookings.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '首長宿舍借用：查看借用申請' })
  @AnyRole()
  @ApiOkResponse({ type: ResidenceBookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.bookings.get(actor, id);
  }

  @Post()
  @ApiOperation({
    summary: '首長宿舍借用：申請借用',
    description:
      '供機關、學校或立案團體辦理公益活動。不是可借用的宿舍回 422 `residence_booking.not_lendable`；與其他申請時段重疊回 409 `dormitories.residence_booked`（欄位 `startsAt`）。',
  })
  @Roles('requester', 'agency_admin', 'dormitory_manager')
  @ApiCreatedResponse({ type: ResidenceBookingView })
  @ApiConflictResponse({ type: ErrorBody, description: '與其他借用時段重疊（`dormitories.residence_booked`）' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '不是可借用的宿舍（`residence_booking.not_lendable`），或結束早於開始',
  })
  create(@CurrentActor() actor: Actor, @Body() input: CreateResidenceBookingDto) {
    return this.bookings.create(actor, input);
  }

  @Post(':id/decision')
  @VersionCheckedStep({
    summary: '首長宿舍借用：核准或駁回',
    description: '已決定的申請不可再決定（409 `residence_booking.invalid_transition`）；需帶回 `version`。',
    type: ResidenceBookingView,
    roles: ['dormitory_manager'],
    conflict: '已決定（`residence_booking.invalid_transition`）',
  })
  decide(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: DecideBookingDto) {
    return this.bookings.decide(actor, id, input);
  }

  @Post(':id/cancel')
  @VersionCheckedStep({
    summary: '首長宿舍借用：取消借用',
    description: '已取消或已結束的申請不可取消（409 `residence_booking.invalid_transition`）；需帶回 `version`。',
    type: ResidenceBookingView,
    roles: ['requester', 'agency_admin', 'dormitory_manager'],
    conflict: '已不能取消（`residence_booking.invalid_transition`）',
  })
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: CancelBookingDto) {
    return this.bookings.cancel(actor, id, input);
  }
}
