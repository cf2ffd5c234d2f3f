import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { MaintenanceTicket } from '../tickets/maintenance-ticket.entity';

export const NOTIFICATION_KINDS = ['sla_warning', 'sla_breach'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type SlaClockName = 'response' | 'resolution';

/**
 * A message for a person (`user:<id>`) or for everyone holding a role (`role:<role>`). The
 * unique key makes raising the same warning twice a no-op, whichever instance tries. A role's
 * notification is the team's shared inbox item: one member marking it read marks it for all.
 * Rows are also the e-mail outbox: the notification-mail job sends the ones not yet e-mailed.
 */
@Entity('maintenance_notifications')
@Unique('uq_maintenance_notifications_once', ['ticketId', 'kind', 'clock', 'recipient'])
@Index('ix_maintenance_notifications_recipient_created_at', ['recipient', 'createdAt'])
@Check('ck_maintenance_notifications_kind', "kind IN ('sla_warning', 'sla_breach')")
@Check('ck_maintenance_notifications_clock', "clock IN ('response', 'resolution')")
@Check('ck_maintenance_notifications_email_attempts', 'email_attempts >= 0')
@Index('ix_maintenance_notifications_email_pending', ['createdAt'], { where: 'emailed_at IS NULL' })
export class MaintenanceNotification {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @ManyToOne(() => MaintenanceTicket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_maintenance_notifications_ticket' })
  ticket?: MaintenanceTicket;
  @Column({ type: 'text' }) kind: NotificationKind;
  @Column({ type: 'text' }) clock: SlaClockName;
  @Column({ type: 'text' }) recipient: string;
  @Column({ type: 'text' }) message: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) readAt: Date | null;
  /** When the e-mail went out; null while pending, when mail is off, or when delivery gave up. */
  @Column({ type: 'timestamptz', nullable: true }) emailedAt: Date | null;
  /** Failed deliveries so far; delivery stops trying after a few. */
  @Column({ type: 'int', default: 0 }) emailAttempts: number;
  @Column({ type: 'text', nullable: true }) emailError: string | null;
}
