import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../common/validation/boolean-query';
import { USER_NOTIFICATION_KINDS, UserNotificationKind } from '../user-notification.entity';

export class UserNotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: only unread; false: only read' }) @OptionalBooleanQuery() unread?: boolean;
}

export class UserNotificationView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: USER_NOTIFICATION_KINDS }) kind: UserNotificationKind;
  @ApiProperty({ example: '報修案件 115-000123 已派工' }) title: string;
  @ApiProperty({ example: '您報修的「3樓男廁水龍頭漏水」已派工，由維修人員處理中。' }) body: string;
  @ApiProperty({
    example: '/repairs/3f0c8a9e-0a51-4b8e-9a57-4d6d2c1c5f1e',
    description: "the web app's page of what changed (a path of the app, not of the API)",
  })
  link: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) readAt: Date | null;
}

export class UserNotificationPage {
  @ApiProperty({ type: [UserNotificationView] }) items: UserNotificationView[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'pass as `cursor` for the next page; null on the last page',
  })
  nextCursor: string | null;
}

export class UnreadCountView {
  @ApiProperty({ example: 3 }) count: number;
}

export class MarkedReadView {
  @ApiProperty({ example: 3, description: 'how many were unread and are read now' }) count: number;
}
