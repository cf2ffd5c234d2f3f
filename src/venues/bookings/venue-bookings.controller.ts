import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
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
  @AnyRole()
  @ApiOkResponse({ type: VenueBookingPage, description: "agencies see their own agency's bookings; venue staff all" })
  list(@CurrentActor() actor: Actor, @Query() filter: VenueBookingFilter) {
    return this.bookings.list(actor, filter);
  }

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: VenueBookingView })
  @ApiNotFoundResponse({ type: ErrorBody, description: "missing, or another agency's" })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.bookings.get(actor, id);
  }

  @Post()
  @Roles('requester', 'venue_manager')
  @ApiCreatedResponse({
    type: VenueBookingView,
    description: 'approved at once when the space needs no approval (or the venue staff book), else requested',
  })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'no such space' })
  @ApiConflictResponse({ type: ErrorBody, description: 'venue.clash: details.clashingBookingIds hold the space' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'venue.rules_broken: one field error per rule' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateVenueBookingDto) {
    return this.bookings.create(actor, input);
  }

  @Patch(':id')
  @Roles('requester', 'venue_manager')
  @ApiOkResponse({ type: VenueBookingView, description: 'one booking (one date of a series) changed alone' })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiForbiddenResponse({ type: ErrorBody, description: 'not your booking' })
  @ApiConflictResponse({ type: ErrorBody, description: 'venue.clash, a stale version, or a closed booking' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateVenueBookingDto) {
    return this.bookings.update(actor, id, input);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('requester', 'venue_manager')
  @ApiOkResponse({ type: VenueBookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiForbiddenResponse({ type: ErrorBody, description: 'not your booking' })
  @ApiConflictResponse({ type: ErrorBody, description: 'the booking can no longer be cancelled' })
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: VenueReasonDto) {
    return this.bookings.cancel(actor, id, input);
  }
}
