import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import { FleetCalendarService } from './fleet-calendar.service';

@ApiTags('fleet')
@Controller('fleet/calendar')
export class FleetCalendarController {
  constructor(private readonly calendars: FleetCalendarService) {}

  @Get('mine.ics')
  @ApiOperation({
    summary: '派車：我的用車行事曆（iCalendar）',
    description: '登入者自己的派車申請，可加入行事曆軟體訂閱。',
  })
  @AnyRole()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: '登入者自己的派車申請', schema: { type: 'string' } })
  mine(@CurrentActor() actor: Actor) {
    return this.calendars.userFeed(actor);
  }

  @Get('vehicles/:id/calendar.ics')
  @ApiOperation({ summary: '派車：車輛行事曆（iCalendar）', description: '車輛的車次與停用時段。' })
  @Roles('dispatcher')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: '車輛的車次與停用時段', schema: { type: 'string' } })
  @ApiNotFoundResponse({ type: ErrorBody })
  vehicle(@Param('id', ParseUUIDPipe) id: string) {
    return this.calendars.vehicleFeed(id);
  }
}
