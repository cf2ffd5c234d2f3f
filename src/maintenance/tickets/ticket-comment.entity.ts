import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MaintenanceTicket } from './maintenance-ticket.entity';

/** A note on a ticket; internal ones are for the office only and never shown to requesters. */
@Entity('maintenance_ticket_comments')
@Index('ix_maintenance_ticket_comments_ticket_id', ['ticketId', 'createdAt'])
export class TicketComment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @ManyToOne(() => MaintenanceTicket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_maintenance_ticket_comments_ticket' })
  ticket?: MaintenanceTicket;
  @Column({ type: 'uuid' }) authorUserId: string;
  @Column({ type: 'text' }) authorName: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'boolean', default: false }) internal: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
