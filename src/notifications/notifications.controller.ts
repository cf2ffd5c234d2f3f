import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { AnyRole, CurrentActor } from '../identity/decorators';
import {
  MarkedReadView,
  UnreadCountView,
  UserNotificationPage,
  UserNotificationQuery,
  UserNotificationView,
} from './dto/user-notification.dto';
import { NotificationsService } from './notifications.service';

/** Everyone's own notifications; nobody sees another person's. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('mine')
  @AnyRole()
  @ApiOkResponse({ type: UserNotificationPage, description: 'your notifications, newest first' })
  @ApiBadRequestResponse({ type: ErrorBody })
  list(@CurrentActor() actor: Actor, @Query() query: UserNotificationQuery) {
    return this.notifications.list(actor, query);
  }

  @Get('mine/unread-count')
  @AnyRole()
  @ApiOkResponse({ type: UnreadCountView })
  unreadCount(@CurrentActor() actor: Actor) {
    return this.notifications.unreadCount(actor);
  }

  @Post('mine/read-all')
  @HttpCode(200)
  @AnyRole()
  @ApiOkResponse({ type: MarkedReadView })
  markAllRead(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  @AnyRole()
  @ApiOkResponse({ type: UserNotificationView })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'no such notification of yours' })
  markRead(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.notifications.markRead(actor, id);
  }
}
