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
import { sqlList } from '../../database/sql-list';
import { User } from '../../users/user.entity';

export const WARNING_KINDS = ['insurance', 'inspection', 'service_date', 'service_distance', 'licence'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

/**
 * A notice to the dispatcher that something falls due. The unique (kind, subject, due key) is
 * what makes each due item announced once, however often the job runs.
 */
@Entity('fleet_warnings')
@Unique('uq_fleet_warnings_kind_subject_due', ['kind', 'subjectId', 'dueKey'])
@Index('ix_fleet_warnings_created_at', ['createdAt', 'id'])
@Check('ck_fleet_warnings_kind', `kind IN (${sqlList(WARNING_KINDS)})`)
// Who and when go together and only on an acknowledged warning; rows acknowledged before they were kept have neither.
@Check(
  'ck_fleet_warnings_acknowledgement',
  '(acknowledged_at IS NULL) = (acknowledged_by_id IS NULL) AND (acknowledged_at IS NULL OR acknowledged)',
)
@Index('ix_fleet_warnings_acknowledged_by_id', ['acknowledgedById'])
export class FleetWarning {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: WarningKind;
  /** A vehicle id, or a driver id for licences. */
  @Column({ type: 'uuid' }) subjectId: string;
  /** The due date (YYYY-MM-DD) or, for service by distance, the due odometer reading. */
  @Column({ type: 'text' }) dueKey: string;
  @Column({ type: 'text' }) message: string;
  @Column({ type: 'boolean', default: false }) acknowledged: boolean;
  @Column({ type: 'uuid', nullable: true }) acknowledgedById: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'acknowledged_by_id' }) acknowledgedBy?: User;
  @Column({ type: 'timestamptz', nullable: true }) acknowledgedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
