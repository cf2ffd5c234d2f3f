import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MaintenanceTicket } from '../tickets/maintenance-ticket.entity';
import { StoredAttachment } from './stored-attachment';

/** A photo or PDF on a ticket. */
@Entity('maintenance_ticket_attachments')
@Index('ix_maintenance_ticket_attachments_ticket_id', ['ticketId'])
@Check('ck_maintenance_ticket_attachments_size', 'size_bytes > 0')
@Check('ck_maintenance_ticket_attachments_sha256', "sha256 ~ '^[0-9a-f]{64}$'")
export class TicketAttachment extends StoredAttachment {
  @Column({ type: 'uuid' }) ticketId: string;
  @ManyToOne(() => MaintenanceTicket, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_maintenance_ticket_attachments_ticket' })
  ticket?: MaintenanceTicket;
}
