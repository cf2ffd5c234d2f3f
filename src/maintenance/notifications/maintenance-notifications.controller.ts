import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor } from '../../identity/decorators';
import { NotificationPage, NotificationQuery, NotificationView } from './dto/notification.dto';
import { MaintenanceNotificationsService } from './maintenance-notifications.service';

@ApiTags('maintenance')
@Controller('maintenance/notifications')
export class MaintenanceNotificationsController {
  constructor(private readonly notifications: MaintenanceNotificationsService) {}

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: NotificationPage, description: "your own notifications and your roles', newest first" })
  @ApiBadRequestResponse({ type: ErrorBody })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationQuery) {
    return this.notifications.list(actor, query);
  }

  @Post(':id/read')
  @HttpCode(200)
  @AnyRole()
  @ApiOkResponse({ type: NotificationView })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'no such notification addressed to you or your roles' })
  markRead(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.notifications.markRead(actor, id);
  }
}
