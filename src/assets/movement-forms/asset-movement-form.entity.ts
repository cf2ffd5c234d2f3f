import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { sqlList } from '../../database/sql-list';
import { User } from '../../users/user.entity';
import { AssetMovement } from '../movements/asset-movement.entity';
import { MOVEMENT_KINDS, MovementKind } from '../register/asset-lifecycle';
import { Asset } from '../register/asset.entity';
import { APPROVER_ROLES, ApproverRole, FORM_STATUSES, FormStatus } from './movement-approval';

/**
 * A movement form (財產異動申請單): a request to transfer, donate, sell or scrap an asset that
 * goes through the approvals its acquisition cost needs. The steps are copied from the
 * configuration when the form is filed, so a later change of thresholds leaves forms in flight
 * alone. The last approval writes the movement; an asset has at most one pending form.
 */
@Entity('asset_movement_forms')
@Check('ck_asset_movement_forms_kind', `kind IN (${sqlList(MOVEMENT_KINDS)})`)
@Check('ck_asset_movement_forms_status', `status IN (${sqlList(FORM_STATUSES)})`)
@Check(
  'ck_asset_movement_forms_steps',
  `cardinality(approval_steps) BETWEEN 1 AND 5 AND approval_steps <@ ARRAY[${sqlList(APPROVER_ROLES)}]::text[] AND approved_steps BETWEEN 0 AND cardinality(approval_steps)`,
)
@Check(
  'ck_asset_movement_forms_approved',
  "(status = 'approved') = (movement_id IS NOT NULL) AND (status <> 'approved' OR approved_steps = cardinality(approval_steps))",
)
@Check('ck_asset_movement_forms_decided', "(status = 'pending') = (decided_at IS NULL)")
@Check(
  'ck_asset_movement_forms_rejection_note',
  "status <> 'rejected' OR (rejection_note IS NOT NULL AND btrim(rejection_note) <> '')",
)
@Check(
  'ck_asset_movement_forms_recipient',
  "kind NOT IN ('transfer', 'donation') OR (recipient_name IS NOT NULL AND btrim(recipient_name) <> '')",
)
@Check(
  'ck_asset_movement_forms_proceeds',
  "(kind = 'sale') = (proceeds IS NOT NULL) AND (proceeds IS NULL OR proceeds >= 0)",
)
@Index('uq_asset_movement_forms_pending_asset', ['assetId'], { unique: true, where: "status = 'pending'" })
@Index('ix_asset_movement_forms_asset_id', ['assetId'])
@Index('ix_asset_movement_forms_agency_filed', ['custodianAgencyId', 'filedAt'])
@Index('ix_asset_movement_forms_filed_at_id', ['filedAt', 'id'])
@Index('ix_asset_movement_forms_filed_by', ['filedByUserId'])
@Index('ix_asset_movement_forms_movement_id', ['movementId'])
export class AssetMovementForm {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) assetId: string;
  @ManyToOne(() => Asset, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'asset_id' }) asset?: Asset;
  /** The asset's custodian agency when the form was filed: the agency whose admin sees and approves it. */
  @Column({ type: 'uuid' }) custodianAgencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'custodian_agency_id' }) agency?: Agency;
  @Column({ type: 'text' }) kind: MovementKind;
  @Column({ type: 'text', default: 'pending' }) status: FormStatus;
  /** The acquisition cost the approval tier was chosen by (NT$). */
  @Column({ type: 'integer' }) assetCost: number;
  /** The roles that approve, in order. */
  @Column({ type: 'text', array: true }) approvalSteps: ApproverRole[];
  /** How many of the steps have approved. */
  @Column({ type: 'smallint', default: 0 }) approvedSteps: number;
  @Column({ type: 'text', nullable: true }) recipientName: string | null;
  @Column({ type: 'integer', nullable: true }) proceeds: number | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'text', nullable: true }) documentNumber: string | null;
  @Column({ type: 'uuid' }) filedByUserId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'filed_by_user_id' }) filedBy?: User;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) filedAt: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) decidedAt: Date | null;
  @Column({ type: 'text', nullable: true }) rejectionNote: string | null;
  /** The movement the last approval wrote. */
  @Column({ type: 'uuid', nullable: true }) movementId: string | null;
  @ManyToOne(() => AssetMovement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'movement_id' })
  movement?: AssetMovement;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @VersionColumn() version: number;
}
