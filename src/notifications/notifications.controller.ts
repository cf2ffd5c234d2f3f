import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: '通知：我的通知', description: '只列出寄給呼叫者本人的通知，新的在前；可只看未讀。' })
  @AnyRole()
  @ApiOkResponse({ type: UserNotificationPage, description: '您的通知，新的在前' })
  @ApiBadRequestResponse({ type: ErrorBody })
  list(@CurrentActor() actor: Actor, @Query() query: UserNotificationQuery) {
    return this.notifications.list(actor, query);
  }

  @Get('mine/unread-count')
  @ApiOperation({ summary: '通知：未讀通知數' })
  @AnyRole()
  @ApiOkResponse({ type: UnreadCountView })
  unreadCount(@CurrentActor() actor: Actor) {
    return this.notifications.unreadCount(actor);
  }

  @Post('mine/read-all')
  @ApiOperation({ summary: '通知：全部標示為已讀', description: '只處理呼叫者本人的未讀通知；回傳這次標示的筆數。' })
  @HttpCode(200)
  @AnyRole()
  @ApiOkResponse({ type: MarkedReadView })
  markAllRead(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @ApiOperation({
    summary: '通知：標示一則通知為已讀',
    description: '只能標示寄給自己的通知；別人的通知或不存在的通知回 404。',
  })
  @HttpCode(200)
  @AnyRole()
  @ApiOkResponse({ type: UserNotificationView })
  @ApiNotFoundResponse({ type: ErrorBody, description: '沒有這則寄給您的通知' })
  markRead(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.notifications.markRead(actor, id);
  }
}
