import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
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
import {
  CancelledSeriesView,
  CancelVenueSeriesDto,
  CreateVenueSeriesDto,
  VenueSeriesResult,
} from './dto/venue-series.dto';
import { VenueSeriesService } from './venue-series.service';

@ApiTags('venues')
@Controller('venues/series')
export class VenueSeriesController {
  constructor(private readonly series: VenueSeriesService) {}

  @Post()
  @Roles('requester', 'venue_manager')
  @ApiCreatedResponse({ type: VenueSeriesResult })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'no such space' })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'venue.series_clash: details.dates lists the dates in the way (all-or-nothing, or none left)',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'venue.rules_broken' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateVenueSeriesDto) {
    return this.series.create(actor, input);
  }

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: VenueSeriesResult, description: 'the series and its dates (skipped is empty here)' })
  @ApiNotFoundResponse({ type: ErrorBody, description: "missing, or another agency's" })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.series.get(actor, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('requester', 'venue_manager')
  @ApiOkResponse({ type: CancelledSeriesView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiForbiddenResponse({ type: ErrorBody, description: 'not your series' })
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: CancelVenueSeriesDto) {
    return this.series.cancel(actor, id, input);
  }
}
