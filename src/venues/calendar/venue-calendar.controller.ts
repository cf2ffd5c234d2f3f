import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import {
  DaySheetQuery,
  DaySheetView,
  FreeSlotQuery,
  FreeSpaceView,
  VenueCalendarQuery,
  VenueCalendarView,
} from './dto/venue-calendar.dto';
import { VenueCalendarService } from './venue-calendar.service';
import { VenueIcalService } from './venue-ical.service';

@ApiTags('venues')
@Controller('venues')
export class VenueCalendarController {
  constructor(
    private readonly calendars: VenueCalendarService,
    private readonly ical: VenueIcalService,
  ) {}

  @Get('calendar')
  @AnyRole()
  @ApiOkResponse({ type: VenueCalendarView, description: 'a week (or up to 31 days) per space, kind or center' })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'venue.bad_period' })
  calendar(@CurrentActor() actor: Actor, @Query() query: VenueCalendarQuery) {
    return this.calendars.calendarFor(actor, query);
  }

  @Get('free-slots')
  @AnyRole()
  @ApiOkResponse({ type: [FreeSpaceView], description: 'spaces free for the whole window that seat the party' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'a window no space could take' })
  freeSlots(@Query() query: FreeSlotQuery) {
    return this.calendars.freeSpaces(query);
  }

  @Get('day-sheet')
  @Roles('venue_manager')
  @ApiOkResponse({ type: DaySheetView })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'no spaces at that center' })
  daySheet(@Query() query: DaySheetQuery) {
    return this.calendars.daySheet(query);
  }

  @Get('spaces/:id/calendar.ics')
  @AnyRole()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: "the space's bookings; other agencies' as busy times only",
    schema: { type: 'string' },
  })
  @ApiNotFoundResponse({ type: ErrorBody })
  spaceFeed(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.ical.spaceFeed(actor, id);
  }
}
