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
import { sqlList } from '../../database/sql-list';
import { Location } from '../../locations/location.entity';
import { SPACE_KINDS, SpaceKind } from '../venue.constants';

/** One kind of equipment a space offers, and how many. */
export interface SpaceEquipment {
  code: string;
  name: string;
  quantity: number;
}

const HOUR_MINUTE_SQL = "'^([01][0-9]|2[0-3]):[0-5][0-9]$'";

/**
 * A bookable space of a center: a room of the location tree with what the booking rules need.
 * A hall made of rooms names them as its parts (venue_space_parts); booking the hall holds the
 * parts too. `siteId` is the center the room is in, kept for the per-center lists and figures.
 */
@Entity('venue_spaces')
@Unique('uq_venue_spaces_code', ['code'])
@Unique('uq_venue_spaces_location_id', ['locationId'])
@Index('ix_venue_spaces_site_id_kind', ['siteId', 'kind'])
@Check('ck_venue_spaces_kind', `kind IN (${sqlList(SPACE_KINDS)})`)
@Check('ck_venue_spaces_capacity', 'capacity BETWEEN 1 AND 100000')
@Check(
  'ck_venue_spaces_hours',
  `opens_at ~ ${HOUR_MINUTE_SQL} AND closes_at ~ ${HOUR_MINUTE_SQL} AND opens_at < closes_at`,
)
@Check('ck_venue_spaces_equipment', "jsonb_typeof(equipment) = 'array'")
export class VenueSpace {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) locationId: string;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'location_id' }) location?: Location;
  @Column({ type: 'uuid' }) siteId: string;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'site_id' }) site?: Location;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) kind: SpaceKind;
  @Column({ type: 'int' }) capacity: number;
  @Column({ type: 'jsonb', default: () => "'[]'" }) equipment: SpaceEquipment[];
  /** Opening hours, `HH:mm` in the office's time zone; setup and cleanup must fit in them too. */
  @Column({ type: 'text' }) opensAt: string;
  @Column({ type: 'text' }) closesAt: string;
  /** Open on weekends and holidays too (a plaza for weekend events); otherwise the office calendar closes it. */
  @Column({ type: 'boolean', default: false }) openOnNonWorkingDays: boolean;
  /** Bookings wait for the venue staff's approval; otherwise they are approved at once. */
  @Column({ type: 'boolean', default: false }) needsApproval: boolean;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
