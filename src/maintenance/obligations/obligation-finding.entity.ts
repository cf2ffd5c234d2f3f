import {
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
import { ObligationOccurrence } from './obligation-occurrence.entity';

/** An item an inspection failed, with the corrective ticket opened for it. */
@Entity('maintenance_obligation_findings')
@Unique('uq_maintenance_obligation_findings_ticket_id', ['ticketId'])
@Index('ix_maintenance_obligation_findings_occurrence_id', ['occurrenceId'])
export class ObligationFinding {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) occurrenceId: string;
  @ManyToOne(() => ObligationOccurrence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occurrence_id', foreignKeyConstraintName: 'fk_maintenance_obligation_findings_occurrence' })
  occurrence?: ObligationOccurrence;
  @Column({ type: 'text' }) item: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @ManyToOne(() => MaintenanceTicket, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_maintenance_obligation_findings_ticket' })
  ticket?: MaintenanceTicket;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
