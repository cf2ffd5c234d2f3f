import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { sqlList } from '../../database/sql-list';

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
export class FleetWarning {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: WarningKind;
  /** A vehicle id, or a driver id for licences. */
  @Column({ type: 'uuid' }) subjectId: string;
  /** The due date (YYYY-MM-DD) or, for service by distance, the due odometer reading. */
  @Column({ type: 'text' }) dueKey: string;
  @Column({ type: 'text' }) message: string;
  @Column({ type: 'boolean', default: false }) acknowledged: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
