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
  @Roles('dispatcher')
  @ApiOkResponse({ type: Candidates })
  @ApiNotFoundResponse({ type: ErrorBody })
  listCandidates(@Param('id', ParseUUIDPipe) id: string, @Query() query: CandidatesQuery) {
    return this.candidates.forBooking(id, query.turnaroundMinutes);
  }

  @Post('assign')
  @HttpCode(200)
  @Roles('dispatcher')
  @ApiOkResponse({ type: BookingView, description: 'approved (or reassigned) on a new trip' })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({
    type: ErrorBody,
    description:
      'the vehicle or driver is taken in that window (conflicting booking ids in details), or the booking is not open',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description:
      'vehicle not assignable (lapsed insurance/inspection, maintenance, retired), too few seats, driver missing or unfit',
  })
  assign(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: AssignBookingDto) {
    return this.dispatch.assign(actor, id, input);
  }

  @Post('pool')
  @HttpCode(200)
  @Roles('dispatcher')
  @ApiOkResponse({ type: BookingView, description: 'approved on an existing trip (集中調派)' })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'windows do not overlap, too few seats, or no driver on the trip',
  })
  pool(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: PoolBookingDto) {
    return this.dispatch.pool(actor, id, input);
  }

  @Post('reject')
  @HttpCode(200)
  @Roles('dispatcher')
  @ApiOkResponse({ type: BookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody })
  reject(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: ReasonDto) {
    return this.dispatch.reject(actor, id, input);
  }

  @Post('no-show')
  @HttpCode(200)
  @Roles('dispatcher')
  @ApiOkResponse({ type: BookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody })
  noShow(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.dispatch.noShow(actor, id);
  }
}
