import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '../../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../../common/validation/boolean-query';
import { NOTIFICATION_KINDS, NotificationKind, SlaClockName } from '../maintenance-notification.entity';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: only unread; false: only read' }) @OptionalBooleanQuery() unread?: boolean;
}

export class NotificationView {
  @ApiProperty() id: string;
  @ApiProperty() ticketId: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ enum: ['response', 'resolution'] }) clock: SlaClockName;
  @ApiProperty({
    description: '`user:<id>` for you alone, `role:<role>` for everyone holding the role',
    example: 'role:maintenance_coordinator',
  })
  recipient: string;
  @ApiProperty() message: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) readAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'when it was e-mailed; null when not (yet)' })
  emailedAt: Date | null;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationView] }) items: NotificationView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
