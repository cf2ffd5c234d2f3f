import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MaintenanceTicket } from '../tickets/maintenance-ticket.entity';

/** A photo or PDF on a ticket. The bytes live under the upload directory; the row keeps where and their sha256. */
@Entity('maintenance_ticket_attachments')
@Index('ix_maintenance_ticket_attachments_ticket_id', ['ticketId'])
@Check('ck_maintenance_ticket_attachments_size', 'size_bytes > 0')
@Check('ck_maintenance_ticket_attachments_sha256', "sha256 ~ '^[0-9a-f]{64}$'")
export class TicketAttachment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @ManyToOne(() => MaintenanceTicket, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_maintenance_ticket_attachments_ticket' })
  ticket?: MaintenanceTicket;
  @Column({ type: 'text' }) fileName: string;
  @Column({ type: 'text' }) contentType: string;
  @Column({ type: 'int' }) sizeBytes: number;
  @Column({ type: 'text' }) sha256: string;
  /** Path relative to the upload directory. */
  @Column({ type: 'text' }) storagePath: string;
  @Column({ type: 'uuid' }) uploadedByUserId: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
