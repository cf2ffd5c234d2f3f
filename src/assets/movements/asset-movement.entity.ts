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
import { InRegisterStatus, MOVEMENT_KINDS, MovementKind } from '../register/asset-lifecycle';
import { Asset } from '../register/asset.entity';

/**
 * How an asset left the register: 移撥, 捐贈, 變賣 or 報廢. An asset leaves once, so the asset id is
 * unique here; the CHECKs repeat the service's rules so that no code path can skip them.
 */
@Entity('asset_movements')
@Unique('uq_asset_movements_asset_id', ['assetId'])
@Check('ck_asset_movements_kind', `kind IN (${sqlList(MOVEMENT_KINDS)})`)
@Check(
  'ck_asset_movements_from_status',
  "from_status = 'idle' OR (from_status IN ('in_use', 'missing') AND kind = 'scrap')",
)
@Check(
  'ck_asset_movements_recipient',
  "kind NOT IN ('transfer', 'donation') OR (recipient_name IS NOT NULL AND btrim(recipient_name) <> '')",
)
@Check(
  'ck_asset_movements_proceeds',
  "(kind = 'sale') = (proceeds IS NOT NULL) AND (proceeds IS NULL OR proceeds >= 0)",
)
@Check(
  'ck_asset_movements_early_scrap_reason',
  "kind <> 'scrap' OR (service_life_ends_on IS NOT NULL AND (occurred_on >= service_life_ends_on OR (reason IS NOT NULL AND btrim(reason) <> '')))",
)
@Index('ix_asset_movements_occurred_on', ['occurredOn', 'kind'])
@Index('ix_asset_movements_recorded_at_id', ['recordedAt', 'id'])
export class AssetMovement {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) assetId: string;
  @ManyToOne(() => Asset, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'asset_id' }) asset?: Asset;
  @Column({ type: 'text' }) kind: MovementKind;
  @Column({ type: 'text' }) fromStatus: InRegisterStatus;
  @Column({ type: 'date' }) occurredOn: string;
  /** The agency, school or organisation receiving a transfer or donation, or the buyer of a sale. */
  @Column({ type: 'text', nullable: true }) recipientName: string | null;
  /** Sale proceeds in NT$. */
  @Column({ type: 'integer', nullable: true }) proceeds: number | null;
  /** Copied from the asset when scrapping, so the CHECK can tell an early scrap by itself. */
  @Column({ type: 'date', nullable: true }) serviceLifeEndsOn: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  /** The approval document (核定文號) behind the movement. */
  @Column({ type: 'text', nullable: true }) documentNumber: string | null;
  @Column({ type: 'uuid' }) recordedByUserId: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) recordedAt: Date;
}
