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
import { Location } from '../../locations/location.entity';

export const STOCKTAKE_SCOPES = ['center', 'agency'] as const;
export type StocktakeScope = (typeof STOCKTAKE_SCOPES)[number];
export const STOCKTAKE_STATUSES = ['open', 'closed'] as const;
export type StocktakeStatus = (typeof STOCKTAKE_STATUSES)[number];

/**
 * An annual stocktake (盤點) of one center's or one agency's assets. Opening it snapshots the
 * assets in scope as lines; closing it freezes the discrepancy counts.
 */
@Entity('asset_stocktakes')
@Check('ck_asset_stocktakes_scope', `scope IN (${sqlList(STOCKTAKE_SCOPES)})`)
@Check(
  'ck_asset_stocktakes_scope_target',
  "(scope = 'center' AND site_id IS NOT NULL AND agency_id IS NULL) OR (scope = 'agency' AND agency_id IS NOT NULL AND site_id IS NULL)",
)
@Check('ck_asset_stocktakes_status', `status IN (${sqlList(STOCKTAKE_STATUSES)})`)
@Check(
  'ck_asset_stocktakes_closed',
  "(status = 'closed') = (closed_at IS NOT NULL AND missing_count IS NOT NULL AND moved_count IS NOT NULL)",
)
@Check('ck_asset_stocktakes_roc_year', 'roc_year BETWEEN 1 AND 999')
@Index('uq_asset_stocktakes_site_year', ['siteId', 'rocYear'], { unique: true, where: 'site_id IS NOT NULL' })
@Index('uq_asset_stocktakes_agency_year', ['agencyId', 'rocYear'], { unique: true, where: 'agency_id IS NOT NULL' })
@Index('ix_asset_stocktakes_opened_at_id', ['openedAt', 'id'])
@Index('ix_asset_stocktakes_closed_at', ['closedAt'])
export class AssetStocktake {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'smallint' }) rocYear: number;
  @Column({ type: 'text' }) scope: StocktakeScope;
  @Column({ type: 'uuid', nullable: true }) siteId: string | null;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'site_id' }) site?: Location;
  @Column({ type: 'uuid', nullable: true }) agencyId: string | null;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  @Column({ type: 'text', default: 'open' }) status: StocktakeStatus;
  @Column({ type: 'integer' }) lineCount: number;
  @Column({ type: 'integer', nullable: true }) missingCount: number | null;
  @Column({ type: 'integer', nullable: true }) movedCount: number | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) openedAt: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) closedAt: Date | null;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @VersionColumn() version: number;
}
