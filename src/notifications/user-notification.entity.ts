import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../database/sql-list';
import { User } from '../users/user.entity';

export const USER_NOTIFICATION_KINDS = [
  'ticket_status',
  'ticket_comment',
  'booking_approved',
  'booking_reassigned',
  'booking_rejected',
  'booking_cancelled',
] as const;
export type UserNotificationKind = (typeof USER_NOTIFICATION_KINDS)[number];

/**
 * A message for one person about a change to something of theirs (a repair ticket, a car
 * booking), written in the same transaction as the change. Each row has its own read state. Rows
 * are also the e-mail outbox: the mail job sends the ones not yet e-mailed.
 */
@Entity('user_notifications')
@Index('ix_user_notifications_user_id_created_at', ['userId', 'createdAt', 'id'])
@Index('ix_user_notifications_unread', ['userId'], { where: 'read_at IS NULL' })
@Index('ix_user_notifications_email_pending', ['createdAt'], { where: 'emailed_at IS NULL' })
@Check('ck_user_notifications_kind', `kind IN (${sqlList(USER_NOTIFICATION_KINDS)})`)
@Check('ck_user_notifications_link', "link LIKE '/%'")
@Check('ck_user_notifications_email_attempts', 'email_attempts >= 0')
export class UserNotification {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_notifications_user' })
  user?: User;
  @Column({ type: 'text' }) kind: UserNotificationKind;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) body: string;
  /** The web app's page of what changed, e.g. `/repairs/<id>` (not the API's path). */
  @Column({ type: 'text' }) link: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) readAt: Date | null;
  /** When the e-mail went out; null while pending, when mail is off, or when delivery gave up. */
  @Column({ type: 'timestamptz', nullable: true }) emailedAt: Date | null;
  @Column({ type: 'int', default: 0 }) emailAttempts: number;
  @Column({ type: 'text', nullable: true }) emailError: string | null;
}
