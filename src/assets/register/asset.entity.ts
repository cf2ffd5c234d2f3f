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
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { sqlList } from '../../database/sql-list';
import { Location } from '../../locations/location.entity';
import { User } from '../../users/user.entity';
import { CATEGORY_CODE_PATTERN } from '../classification/property-classification';
import { ASSET_KIND_SQL_RULE, ASSET_KINDS, AssetKind, ITEM_CLASS_SQL_RULE, ItemClass } from './asset-classification';
import { ASSET_STATUSES, AssetStatus, STATUS_AFTER_MOVEMENT } from './asset-lifecycle';

const DISPOSED = sqlList(Object.values(STATUS_AFTER_MOVEMENT));

/** One entry of the property register: a 財產 or an 物品 in an agency's custody. */
@Entity('assets')
@Unique('uq_assets_property_number', ['propertyNumber'])
@Check('ck_assets_category_code', `category_code ~ '^${CATEGORY_CODE_PATTERN}$'`)
@Check('ck_assets_property_number', "property_number ~ ('^' || category_code || '-[0-9]{5,6}$')")
@Check('ck_assets_kind', `kind IN (${sqlList(ASSET_KINDS)}) AND ${ASSET_KIND_SQL_RULE}`)
@Check('ck_assets_item_class_rule', ITEM_CLASS_SQL_RULE)
@Check('ck_assets_acquisition_cost', 'acquisition_cost >= 0')
@Check('ck_assets_minimum_service_life_years', 'minimum_service_life_years BETWEEN 0 AND 100')
@Check('ck_assets_status', `status IN (${sqlList(ASSET_STATUSES)})`)
@Check('ck_assets_disposed_on', `(status IN (${DISPOSED})) = (disposed_on IS NOT NULL)`)
@Check('ck_assets_custodian', 'custodian_user_id IS NULL OR custodian_name IS NULL')
@Index('ix_assets_custodian_agency_id', ['custodianAgencyId', 'propertyNumber'])
@Index('ix_assets_location_id', ['locationId'])
@Index('ix_assets_site_id', ['siteId'])
@Index('ix_assets_custodian_user_id', ['custodianUserId'])
@Index('ix_assets_status', ['status', 'propertyNumber'])
@Index('ix_assets_category_code', ['categoryCode', 'propertyNumber'])
@Index('ix_assets_acquisition_date', ['acquisitionDate'])
@Index('ix_assets_disposed_on', ['disposedOn'])
export class Asset {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) propertyNumber: string;
  @Column({ type: 'text' }) kind: AssetKind;
  /** 非消耗品 or 消耗用品 for an item (物品); null for property. */
  @Column({ type: 'text', nullable: true }) itemClass: ItemClass | null;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) categoryCode: string;
  @Column({ type: 'text', nullable: true }) specification: string | null;
  @Column({ type: 'date' }) acquisitionDate: string;
  @Column({ type: 'integer' }) acquisitionCost: number;
  @Column({ type: 'smallint' }) minimumServiceLifeYears: number;
  @Column({ type: 'uuid' }) custodianAgencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'custodian_agency_id' })
  custodianAgency?: Agency;
  @Column({ type: 'uuid' }) locationId: string;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'location_id' }) location?: Location;
  /** The site (行政中心) above `locationId`, kept so a center's stocktake finds its assets in one index. */
  @Column({ type: 'uuid' }) siteId: string;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'site_id' }) site?: Location;
  @Column({ type: 'text', nullable: true }) custodianName: string | null;
  @Column({ type: 'uuid', nullable: true }) custodianUserId: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'custodian_user_id' }) custodianUser?: User;
  @Column({ type: 'text', default: 'in_use' }) status: AssetStatus;
  @Column({ type: 'date', nullable: true }) disposedOn: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @VersionColumn() version: number;
}
