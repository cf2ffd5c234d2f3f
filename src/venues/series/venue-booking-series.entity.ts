import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { sqlList } from '../../database/sql-list';
import { User } from '../../users/user.entity';
import { VenueSpace } from '../spaces/venue-space.entity';
import { ON_CLASH_CHOICES, OnClash, SERIES_FREQUENCIES, SeriesFrequency } from '../venue.constants';

/**
 * A recurring booking (a weekly meeting): the rule it was made with. Its dates are ordinary
 * bookings pointing here, each changed or cancelled on its own.
 */
@Entity('venue_booking_series')
@Index('ix_venue_booking_series_space_id', ['spaceId'])
@Index('ix_venue_booking_series_agency_id', ['agencyId'])
@Index('ix_venue_booking_series_requester_id', ['requesterId'])
@Check('ck_venue_booking_series_frequency', `frequency IN (${sqlList(SERIES_FREQUENCIES)})`)
@Check('ck_venue_booking_series_on_clash', `on_clash IN (${sqlList(ON_CLASH_CHOICES)})`)
@Check('ck_venue_booking_series_interval', '"interval" BETWEEN 1 AND 12')
export class VenueBookingSeries {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) spaceId: string;
  @ManyToOne(() => VenueSpace, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'space_id' }) space?: VenueSpace;
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  @Column({ type: 'uuid' }) requesterId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'requester_id' }) requester?: User;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) frequency: SeriesFrequency;
  @Column({ type: 'int' }) interval: number;
  /** The last date (office time zone) a booking may fall on. */
  @Column({ type: 'date' }) untilDate: string;
  @Column({ type: 'text' }) onClash: OnClash;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @VersionColumn() version: number;
}
