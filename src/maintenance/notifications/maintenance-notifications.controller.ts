import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: '報修：我的通知', description: '寄給您本人及您所具角色的通知，新的在前。' })
  @AnyRole()
  @ApiOkResponse({ type: NotificationPage, description: '寄給您及您角色的通知，新的在前' })
  @ApiBadRequestResponse({ type: ErrorBody })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationQuery) {
    return this.notifications.list(actor, query);
  }

  @Post(':id/read')
  @ApiOperation({ summary: '報修：將通知標示為已讀' })
  @HttpCode(200)
  @AnyRole()
  @ApiOkResponse({ type: NotificationView })
  @ApiNotFoundResponse({ type: ErrorBody, description: '沒有寄給您或您角色的此通知' })
  markRead(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.notifications.markRead(actor, id);
  }
}
