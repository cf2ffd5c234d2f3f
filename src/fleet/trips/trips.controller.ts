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
import { OdometerReadingDto, TripPage, TripQuery, TripView } from './dto/trip.dto';
import { TripsService } from './trips.service';

@ApiTags('fleet')
@Controller('fleet/trips')
export class TripsController {
  constructor(private readonly trips: TripsService) {}

  @Get()
  @ApiOperation({ summary: '車次：查詢車次', description: '駕駛只看得到自己的車次。' })
  @Roles('dispatcher', 'driver', 'report_viewer')
  @ApiOkResponse({ type: TripPage })
  list(@CurrentActor() actor: Actor, @Query() query: TripQuery) {
    return this.trips.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '車次：查看車次' })
  @Roles('dispatcher', 'driver', 'report_viewer')
  @ApiOkResponse({ type: TripView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.trips.get(actor, id);
  }

  @Post(':id/check-out')
  @ApiOperation({
    summary: '車次：出車（登錄出發里程）',
    description:
      '只有已排定的車次可出車（409 `fleet.trip_state`）；里程數不可低於該車上次紀錄（422 `fleet.odometer_lower`）。',
  })
  @HttpCode(200)
  @Roles('dispatcher', 'driver')
  @ApiOkResponse({ type: TripView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '車次不是已排定狀態（`fleet.trip_state`）' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '里程數低於該車上次紀錄（`fleet.odometer_lower`）',
  })
  checkOut(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: OdometerReadingDto) {
    return this.trips.checkOut(actor, id, input);
  }

  @Post(':id/check-in')
  @ApiOperation({
    summary: '車次：回場（登錄回場里程）',
    description:
      '只有已出車的車次可回場（409 `fleet.trip_state`）；里程數不可低於該車上次紀錄（422 `fleet.odometer_lower`）。',
  })
  @HttpCode(200)
  @Roles('dispatcher', 'driver')
  @ApiOkResponse({ type: TripView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '車次不是出車中（`fleet.trip_state`）' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '里程數低於該車上次紀錄（`fleet.odometer_lower`）',
  })
  checkIn(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: OdometerReadingDto) {
    return this.trips.checkIn(actor, id, input);
  }
}
