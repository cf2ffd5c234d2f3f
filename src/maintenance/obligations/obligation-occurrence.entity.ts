import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { User } from '../../users/user.entity';
import { MaintenanceTicket } from '../tickets/maintenance-ticket.entity';
import { MaintenanceObligation } from './maintenance-obligation.entity';
import { ObligationAttachment } from './obligation-attachment.entity';
import { InspectionResult, OccurrenceStatus } from './obligation-kinds';

/**
 * One due date of one obligation. The work order is opened once (unique per obligation and due
 * date, ticket id written only while null), and a completed occurrence always names its
 * certificate or report.
 */
@Entity('maintenance_obligation_occurrences')
@Unique('uq_maintenance_obligation_occurrences_obligation_due_date', ['obligationId', 'dueDate'])
@Unique('uq_maintenance_obligation_occurrences_ticket_id', ['ticketId'])
@Check('ck_maintenance_obligation_occurrences_status', "status IN ('upcoming', 'open', 'overdue', 'completed')")
@Check('ck_maintenance_obligation_occurrences_open_has_ticket', "status <> 'open' OR ticket_id IS NOT NULL")
@Check(
  'ck_maintenance_obligation_occurrences_completion',
  "(status = 'completed') = (completed_on IS NOT NULL AND completed_at IS NOT NULL AND completed_by_user_id IS NOT NULL AND certificate_attachment_id IS NOT NULL AND result IS NOT NULL)",
)
@Check('ck_maintenance_obligation_occurrences_result', "result IS NULL OR result IN ('passed', 'failed')")
@Index('uq_maintenance_obligation_occurrences_pending', ['obligationId'], {
  unique: true,
  where: "status <> 'completed'",
})
@Index('ix_maintenance_obligation_occurrences_due_date', ['dueDate', 'id'])
@Index('ix_maintenance_obligation_occurrences_status_due_date', ['status', 'dueDate', 'id'])
@Index('ix_maintenance_obligation_occurrences_completed_on', ['completedOn'])
@Index('ix_maintenance_obligation_occurrences_certificate_attachment_id', ['certificateAttachmentId'])
@Index('ix_maintenance_obligation_occurrences_completed_by_user_id', ['completedByUserId'])
export class ObligationOccurrence {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) obligationId: string;
  @ManyToOne(() => MaintenanceObligation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'obligation_id', foreignKeyConstraintName: 'fk_maintenance_obligation_occurrences_obligation' })
  obligation?: Relation<MaintenanceObligation>;
  @Column({ type: 'date' }) dueDate: string;
  @Column({ type: 'text' }) status: OccurrenceStatus;

  /** The work order the schedule job opened `leadTimeDays` ahead. */
  @Column({ type: 'uuid', nullable: true }) ticketId: string | null;
  @ManyToOne(() => MaintenanceTicket, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_maintenance_obligation_occurrences_ticket' })
  ticket?: Relation<MaintenanceTicket>;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) workOrderOpenedAt: Date | null;

  @Column({ type: 'date', nullable: true }) completedOn: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) completedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) completedByUserId: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'completed_by_user_id',
    foreignKeyConstraintName: 'fk_maintenance_obligation_occurrences_completed_by',
  })
  completedBy?: Relation<User>;
  @Column({ type: 'uuid', nullable: true }) certificateAttachmentId: string | null;
  @ManyToOne(() => ObligationAttachment, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'certificate_attachment_id',
    foreignKeyConstraintName: 'fk_maintenance_obligation_occurrences_certificate',
  })
  certificate?: Relation<ObligationAttachment>;
  @Column({ type: 'text', nullable: true }) result: InspectionResult | null;
  @Column({ type: 'text', nullable: true }) note: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @VersionColumn() version: number;
}
