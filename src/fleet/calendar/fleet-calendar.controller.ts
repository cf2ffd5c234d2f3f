import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import { FleetCalendarService } from './fleet-calendar.service';

@ApiTags('fleet')
@Controller('fleet/calendar')
export class FleetCalendarController {
  constructor(private readonly calendars: FleetCalendarService) {}

  @Get('mine.ics')
  @AnyRole()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: "the signed-in user's own bookings", schema: { type: 'string' } })
  mine(@CurrentActor() actor: Actor) {
    return this.calendars.userFeed(actor);
  }

  @Get('vehicles/:id/calendar.ics')
  @Roles('dispatcher')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: "the vehicle's trips and out-of-service windows", schema: { type: 'string' } })
  @ApiNotFoundResponse({ type: ErrorBody })
  vehicle(@Param('id', ParseUUIDPipe) id: string) {
    return this.calendars.vehicleFeed(id);
  }
}
