import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBody,
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
import { ASSIGN, ASSIGN_CONFLICTS, ASSIGN_REFUSALS } from './booking.examples';
import { CandidatesService } from './candidates.service';
import { DispatchService } from './dispatch.service';
import { AssignBookingDto, BookingView, PoolBookingDto, ReasonDto } from './dto/booking.dto';
import { Candidates, CandidatesQuery } from './dto/candidates.dto';

@ApiTags('fleet')
@Controller('fleet/bookings/:id')
export class DispatchController {
  constructor(
    private readonly dispatch: DispatchService,
    private readonly candidates: CandidatesService,
  ) {}

  @Get('candidates')
  @ApiOperation({
    summary: '派車：列出可指派的車輛與駕駛',
    description:
      '依申請時段列出可用的車輛與駕駛，已排除時段衝突、證照過期、保養中或報廢的；`turnaroundMinutes` 可調整出車間隔（預設 15 分鐘）。',
  })
  @Roles('dispatcher')
  @ApiOkResponse({ type: Candidates })
  @ApiNotFoundResponse({ type: ErrorBody })
  listCandidates(@Param('id', ParseUUIDPipe) id: string, @Query() query: CandidatesQuery) {
    return this.candidates.forBooking(id, query.turnaroundMinutes);
  }

  @Post('assign')
  @ApiOperation({
    summary: '派車：指派車輛與駕駛',
    description:
      '核准申請並建立新的車次（已核准者改派）。車輛或駕駛在該時段已有車次或停用時段回 409 `fleet.double_booked`（`details` 列出衝突的申請）；申請不是待核派狀態回 409 `fleet.booking_state`；車輛不可派（保險、檢驗過期、保養中、報廢）回 422 `fleet.vehicle_not_assignable`；座位不足回 422 `fleet.seats_exceeded`；需要駕駛卻未指定回 422 `fleet.driver_required`；駕駛不可派回 422 `fleet.driver_not_assignable`。',
  })
  @HttpCode(200)
  @Roles('dispatcher')
  @ApiBody({ type: AssignBookingDto, examples: ASSIGN })
  @ApiOkResponse({ type: BookingView, description: '已核准（或改派）並排入新的車次' })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({
    type: ErrorBody,
    description:
      '車輛或駕駛在該時段已被占用 `fleet.double_booked`（`details` 列出衝突的申請），或申請不是待核派狀態 `fleet.booking_state`',
    examples: ASSIGN_CONFLICTS,
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description:
      '車輛不可派 `fleet.vehicle_not_assignable`（保險或檢驗過期、保養中、報廢）、座位不足 `fleet.seats_exceeded`、未指定駕駛 `fleet.driver_required` 或駕駛不可派 `fleet.driver_not_assignable`',
    examples: ASSIGN_REFUSALS,
  })
  assign(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: AssignBookingDto) {
    return this.dispatch.assign(actor, id, input);
  }

  @Post('pool')
  @ApiOperation({
    summary: '派車：併入既有車次（集中調派）',
    description:
      '核准申請並併入既有車次，與其他申請共乘。時段不重疊、座位不足或車次沒有駕駛回 422；申請不是待核派狀態回 409 `fleet.booking_state`。',
  })
  @HttpCode(200)
  @Roles('dispatcher')
  @ApiOkResponse({ type: BookingView, description: '已核准並併入既有車次（集中調派）' })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '時段不重疊、座位不足或車次沒有駕駛',
  })
  pool(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: PoolBookingDto) {
    return this.dispatch.pool(actor, id, input);
  }

  @Post('reject')
  @ApiOperation({
    summary: '派車：退回派車申請',
    description: '需填寫原因；申請不是待核派狀態回 409 `fleet.booking_state`。',
  })
  @HttpCode(200)
  @Roles('dispatcher')
  @ApiOkResponse({ type: BookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody })
  reject(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: ReasonDto) {
    return this.dispatch.reject(actor, id, input);
  }

  @Post('no-show')
  @ApiOperation({
    summary: '派車：登錄申請人未到',
    description: '只適用於已核派的申請（否則 409 `fleet.booking_state`），申請結案並計入未到統計。',
  })
  @HttpCode(200)
  @Roles('dispatcher')
  @ApiOkResponse({ type: BookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody })
  noShow(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.dispatch.noShow(actor, id);
  }
}
