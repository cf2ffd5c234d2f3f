import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import { sqlList } from '../../database/sql-list';
import { DormitoryAssignment } from '../assignments/dormitory-assignment.entity';
import { ResidenceCheckCampaign } from './residence-check-campaign.entity';
import { RESIDENCE_CHECK_OUTCOMES, ResidenceCheckOutcome } from './residence-check-outcome';

/** The check of one assignment in one campaign; pending until its outcome is recorded. */
@Entity('residence_checks')
@Unique('uq_residence_checks_campaign_id_assignment_id', ['campaignId', 'assignmentId'])
@Index('ix_residence_checks_assignment_id', ['assignmentId'])
@Check('ck_residence_checks_outcome', `outcome IN (${sqlList(RESIDENCE_CHECK_OUTCOMES)})`)
@Check(
  'ck_residence_checks_recorded',
  '(outcome IS NULL) = (checked_on IS NULL) AND (outcome IS NULL) = (recorded_at IS NULL)',
)
export class ResidenceCheck {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) campaignId: string;
  @ManyToOne(() => ResidenceCheckCampaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: ResidenceCheckCampaign;
  @Column({ type: 'uuid' }) assignmentId: string;
  @ManyToOne(() => DormitoryAssignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: DormitoryAssignment;
  @Column({ type: 'text', nullable: true }) outcome: ResidenceCheckOutcome | null;
  @Column({ type: 'date', nullable: true }) checkedOn: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'timestamptz', nullable: true }) recordedAt: Date | null;
  /** When the result was brought in from the office's earlier records; null for checks recorded here. */
  @Column({ type: 'timestamptz', nullable: true }) importedAt: Date | null;
  @VersionColumn() version: number;
}
