import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { sqlList } from '../../database/sql-list';
import { Location } from '../../locations/location.entity';
import { Asset } from '../register/asset.entity';
import { AssetStocktake } from './asset-stocktake.entity';

export const STOCKTAKE_RESULTS = ['found', 'missing', 'moved', 'damaged'] as const;
export type StocktakeResult = (typeof STOCKTAKE_RESULTS)[number];

/**
 * One asset of a stocktake: where the register said it was when the stocktake opened, and what
 * the officer found. `moved` means found, but with another location or custodian; `damaged` found
 * in place but broken, with what is wrong in the note.
 */
@Entity('asset_stocktake_lines')
@Unique('uq_asset_stocktake_lines_stocktake_id_asset_id', ['stocktakeId', 'assetId'])
@Check('ck_asset_stocktake_lines_result', `result IS NULL OR result IN (${sqlList(STOCKTAKE_RESULTS)})`)
@Check(
  'ck_asset_stocktake_lines_recorded',
  '(result IS NULL) = (recorded_at IS NULL) AND (result IS NULL) = (recorded_by_user_id IS NULL)',
)
@Check(
  'ck_asset_stocktake_lines_moved',
  "result IS DISTINCT FROM 'moved' OR found_location_id IS NOT NULL OR found_custodian_name IS NOT NULL",
)
@Check(
  'ck_asset_stocktake_lines_damaged',
  "result IS DISTINCT FROM 'damaged' OR (note IS NOT NULL AND btrim(note) <> '')",
)
@Index('ix_asset_stocktake_lines_asset_id', ['assetId'])
@Index('ix_asset_stocktake_lines_found_location_id', ['foundLocationId'])
@Index('ix_asset_stocktake_lines_expected_location_id', ['expectedLocationId'])
export class AssetStocktakeLine {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) stocktakeId: string;
  @ManyToOne(() => AssetStocktake, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stocktake_id' })
  stocktake?: AssetStocktake;
  @Column({ type: 'uuid' }) assetId: string;
  @ManyToOne(() => Asset, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'asset_id' }) asset?: Asset;
  @Column({ type: 'uuid' }) expectedLocationId: string;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expected_location_id' })
  expectedLocation?: Location;
  @Column({ type: 'uuid' }) expectedAgencyId: string;
  @Column({ type: 'text', nullable: true }) expectedCustodianName: string | null;
  @Column({ type: 'uuid', nullable: true }) expectedCustodianUserId: string | null;
  @Column({ type: 'text', nullable: true }) result: StocktakeResult | null;
  @Column({ type: 'uuid', nullable: true }) foundLocationId: string | null;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'found_location_id' })
  foundLocation?: Location;
  @Column({ type: 'text', nullable: true }) foundCustodianName: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) recordedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) recordedByUserId: string | null;
}
