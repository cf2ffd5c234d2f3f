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
import { AssetMovementForm } from './asset-movement-form.entity';
import { APPROVER_ROLES, ApproverRole } from './movement-approval';

export const STEP_DECISIONS = ['approved', 'rejected'] as const;
export type StepDecision = (typeof STEP_DECISIONS)[number];

/** One decision on a movement form: who decided which step, in which role, and how. */
@Entity('asset_movement_form_steps')
@Unique('uq_asset_movement_form_steps_step', ['formId', 'stepIndex'])
@Unique('uq_asset_movement_form_steps_user', ['formId', 'decidedByUserId'])
@Check('ck_asset_movement_form_steps_role', `role IN (${sqlList(APPROVER_ROLES)})`)
@Check('ck_asset_movement_form_steps_decision', `decision IN (${sqlList(STEP_DECISIONS)})`)
@Check('ck_asset_movement_form_steps_index', 'step_index BETWEEN 0 AND 4')
@Index('ix_asset_movement_form_steps_user', ['decidedByUserId'])
export class AssetMovementFormStep {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) formId: string;
  @ManyToOne(() => AssetMovementForm, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'form_id' })
  form?: AssetMovementForm;
  @Column({ type: 'smallint' }) stepIndex: number;
  @Column({ type: 'text' }) role: ApproverRole;
  @Column({ type: 'text' }) decision: StepDecision;
  @Column({ type: 'uuid' }) decidedByUserId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'decided_by_user_id' }) decidedBy?: User;
  /** The approver's display name at the time, for the form's history. */
  @Column({ type: 'text' }) decidedByName: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) decidedAt: Date;
}
