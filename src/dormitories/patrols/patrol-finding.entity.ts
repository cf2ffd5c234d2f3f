import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../database/sql-list';
import { DormitoryPatrol } from './dormitory-patrol.entity';
import { FINDING_SEVERITIES, FindingSeverity } from './finding-severity';

/**
 * Something a patrol found. When it needs a repair, the maintenance ticket opened for it is
 * stored by id (the ticket lives in the maintenance module, so there is no foreign key).
 */
@Entity('dormitory_patrol_findings')
@Index('ix_dormitory_patrol_findings_patrol_id', ['patrolId'])
@Index('ix_dormitory_patrol_findings_repair_requested_at', ['repairRequestedAt'])
@Check('ck_dormitory_patrol_findings_severity', `severity IN (${sqlList(FINDING_SEVERITIES)})`)
@Check('ck_dormitory_patrol_findings_repair', '(repair_ticket_id IS NULL) = (repair_requested_at IS NULL)')
export class PatrolFinding {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) patrolId: string;
  @ManyToOne(() => DormitoryPatrol, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patrol_id' })
  patrol?: DormitoryPatrol;
  @Column({ type: 'text' }) item: string;
  @Column({ type: 'text' }) severity: FindingSeverity;
  @Column({ type: 'text', nullable: true }) photoRef: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'text', nullable: true }) repairTicketId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) repairRequestedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
