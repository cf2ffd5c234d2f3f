import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { TicketAction, TicketStatus } from './ticket-state-machine';

/** One step of a ticket's life, written in the same transaction as the step itself. */
@Entity('maintenance_ticket_status_changes')
@Index('ix_maintenance_ticket_status_changes_ticket_id', ['ticketId', 'id'])
@Check(
  'ck_maintenance_ticket_status_changes_to_status',
  "to_status IN ('submitted', 'assigned', 'in_progress', 'on_hold', 'resolved', 'closed', 'rejected', 'cancelled')",
)
export class TicketStatusChange {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @ManyToOne(() => MaintenanceTicket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_maintenance_ticket_status_changes_ticket' })
  ticket?: MaintenanceTicket;
  @Column({ type: 'text', nullable: true }) fromStatus: TicketStatus | null;
  @Column({ type: 'text' }) toStatus: TicketStatus;
  /** `submit` for the first row, `complete_work_order` when an inspection's completion closed it, otherwise a TicketAction. */
  @Column({ type: 'text' }) action: TicketAction | 'submit' | 'complete_work_order';
  /** Null for the service itself (scheduled jobs). */
  @Column({ type: 'uuid', nullable: true }) actorUserId: string | null;
  @Column({ type: 'text' }) actorName: string;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) occurredAt: Date;
}
