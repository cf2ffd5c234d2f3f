import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
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
  @ApiOperation({
    summary: '場地：場地行事曆',
    description: '依場地、場地類別或行政中心查看一週（最多 31 天）的使用情形；期間不正確回 400 `venue.bad_period`。',
  })
  @AnyRole()
  @ApiOkResponse({ type: VenueCalendarView, description: '依場地、類別或行政中心，一週（最多 31 天）的使用情形' })
  @ApiBadRequestResponse({ type: ErrorBody, description: '期間不正確（`venue.bad_period`）' })
  calendar(@CurrentActor() actor: Actor, @Query() query: VenueCalendarQuery) {
    return this.calendars.calendarFor(actor, query);
  }

  @Get('free-slots')
  @ApiOperation({
    summary: '場地：查詢空檔場地',
    description:
      '列出整個時段都空著、且容納得下與會人數的場地；任何場地都不可能接受的時段回 422 `venue.rules_broken`。',
  })
  @AnyRole()
  @ApiOkResponse({ type: [FreeSpaceView], description: '整個時段都空著且容納得下與會人數的場地' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '沒有任何場地能接受的時段' })
  freeSlots(@Query() query: FreeSlotQuery) {
    return this.calendars.freeSpaces(query);
  }

  @Get('day-sheet')
  @ApiOperation({
    summary: '場地：當日場地使用表',
    description: '場地管理者查看某行政中心某一天各場地的預約，供現場報到使用。',
  })
  @Roles('venue_manager')
  @ApiOkResponse({ type: DaySheetView })
  @ApiNotFoundResponse({ type: ErrorBody, description: '該行政中心沒有場地' })
  daySheet(@Query() query: DaySheetQuery) {
    return this.calendars.daySheet(query);
  }

  @Get('spaces/:id/calendar.ics')
  @ApiOperation({
    summary: '場地：場地行事曆訂閱（iCal）',
    description: '供行事曆軟體訂閱的場地預約；其他機關的預約只顯示為「忙碌」，不揭露內容。',
  })
  @AnyRole()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: '場地的預約；其他機關的預約只顯示忙碌時段',
    schema: { type: 'string' },
  })
  @ApiNotFoundResponse({ type: ErrorBody })
  spaceFeed(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.ical.spaceFeed(actor, id);
  }
}
