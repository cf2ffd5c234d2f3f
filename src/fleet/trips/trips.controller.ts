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
import { OdometerReadingDto, TripPage, TripQuery, TripView } from './dto/trip.dto';
import { TripsService } from './trips.service';

@ApiTags('fleet')
@Controller('fleet/trips')
export class TripsController {
  constructor(private readonly trips: TripsService) {}

  @Get()
  @Roles('dispatcher', 'driver', 'report_viewer')
  @ApiOkResponse({ type: TripPage })
  list(@CurrentActor() actor: Actor, @Query() query: TripQuery) {
    return this.trips.list(actor, query);
  }

  @Get(':id')
  @Roles('dispatcher', 'driver', 'report_viewer')
  @ApiOkResponse({ type: TripView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.trips.get(actor, id);
  }

  @Post(':id/check-out')
  @HttpCode(200)
  @Roles('dispatcher', 'driver')
  @ApiOkResponse({ type: TripView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'the trip is not planned' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'odometer below the last reading (named in the message)',
  })
  checkOut(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: OdometerReadingDto) {
    return this.trips.checkOut(actor, id, input);
  }

  @Post(':id/check-in')
  @HttpCode(200)
  @Roles('dispatcher', 'driver')
  @ApiOkResponse({ type: TripView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'the trip is not on the road' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'odometer below the last reading (named in the message)',
  })
  checkIn(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: OdometerReadingDto) {
    return this.trips.checkIn(actor, id, input);
  }
}
