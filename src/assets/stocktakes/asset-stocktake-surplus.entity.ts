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
import { Location } from '../../locations/location.entity';
import { User } from '../../users/user.entity';
import { Asset } from '../register/asset.entity';
import { AssetStocktake } from './asset-stocktake.entity';

/**
 * A surplus line (盤盈): something the officer found that is not on the register. It is written
 * down where it was found and may later be added to the register, which links the new asset.
 */
@Entity('asset_stocktake_surpluses')
@Unique('uq_asset_stocktake_surpluses_registered_asset_id', ['registeredAssetId'])
@Check('ck_asset_stocktake_surpluses_name', "btrim(name) <> ''")
@Index('ix_asset_stocktake_surpluses_stocktake_id', ['stocktakeId', 'recordedAt'])
@Index('ix_asset_stocktake_surpluses_found_location_id', ['foundLocationId'])
@Index('ix_asset_stocktake_surpluses_recorded_by', ['recordedByUserId'])
export class AssetStocktakeSurplus {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) stocktakeId: string;
  @ManyToOne(() => AssetStocktake, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stocktake_id' })
  stocktake?: AssetStocktake;
  /** What the item is, as the officer describes it. */
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'uuid' }) foundLocationId: string;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'found_location_id' })
  foundLocation?: Location;
  @Column({ type: 'text', nullable: true }) foundCustodianName: string | null;
  /** Whatever an old or foreign label on it reads, to trace where it came from. */
  @Column({ type: 'text', nullable: true }) labelText: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'uuid' }) recordedByUserId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'recorded_by_user_id' }) recordedBy?: User;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) recordedAt: Date;
  /** The asset registered from this line, once it is. */
  @Column({ type: 'uuid', nullable: true }) registeredAssetId: string | null;
  @ManyToOne(() => Asset, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registered_asset_id' })
  registeredAsset?: Asset;
}
