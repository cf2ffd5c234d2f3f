import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
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
  @AnyRole()
  @ApiOkResponse({ type: [LendableResidenceView] })
  async residences(): Promise<LendableResidenceView[]> {
    return (await this.bookings.lendableResidences()).map(({ id, name, address }) => ({ id, name, address }));
  }

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: ResidenceBookingPage, description: "requesters see their own agency's bookings" })
  list(@CurrentActor() actor: Actor, @Query() query: BookingQuery) {
    return this.bookings.list(actor, query);
  }

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: ResidenceBookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.bookings.get(actor, id);
  }

  @Post()
  @Roles('requester', 'agency_admin', 'dormitory_manager')
  @ApiCreatedResponse({ type: ResidenceBookingView })
  @ApiConflictResponse({ type: ErrorBody, description: 'overlaps another booking (ex_residence_bookings_window)' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'not a lendable residence, or ends before it starts',
  })
  create(@CurrentActor() actor: Actor, @Body() input: CreateResidenceBookingDto) {
    return this.bookings.create(actor, input);
  }

  @Post(':id/decision')
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: ResidenceBookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version or already decided' })
  decide(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: DecideBookingDto) {
    return this.bookings.decide(actor, id, input);
  }

  @Post(':id/cancel')
  @Roles('requester', 'agency_admin', 'dormitory_manager')
  @ApiCreatedResponse({ type: ResidenceBookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version or no longer cancellable' })
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: CancelBookingDto) {
    return this.bookings.cancel(actor, id, input);
  }
}
