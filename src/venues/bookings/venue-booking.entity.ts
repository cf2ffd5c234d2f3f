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
import { VenueBookingSeries } from '../series/venue-booking-series.entity';
import { VenueSpace } from '../spaces/venue-space.entity';
import { BOOKING_STATUSES, BookingStatus, EVENT_KINDS, EventKind, MAX_BUFFER_MINUTES } from '../venue.constants';

/** Equipment asked for with a booking: a code of the space's equipment and how many. */
export interface BookedEquipment {
  code: string;
  quantity: number;
}

/**
 * One booking of a space by an agency for an event. While it is approved or checked in it holds
 * the space — and every part of it — through its occupancy rows, from `startsAt - setupMinutes`
 * to `endsAt + cleanupMinutes`.
 */
@Entity('venue_bookings')
@Index('ix_venue_bookings_space_id_starts_at', ['spaceId', 'startsAt'])
@Index('ix_venue_bookings_agency_id_starts_at', ['agencyId', 'startsAt'])
@Index('ix_venue_bookings_starts_at_id', ['startsAt', 'id'])
@Index('ix_venue_bookings_requested', ['startsAt', 'id'], { where: "status = 'requested'" })
@Index('ix_venue_bookings_requester_id', ['requesterId'])
@Index('ix_venue_bookings_series_id', ['seriesId'])
@Index('ix_venue_bookings_decided_by_id', ['decidedById'])
@Check('ck_venue_bookings_status', `status IN (${sqlList(BOOKING_STATUSES)})`)
@Check('ck_venue_bookings_event_kind', `event_kind IN (${sqlList(EVENT_KINDS)})`)
@Check('ck_venue_bookings_window', 'ends_at > starts_at')
@Check('ck_venue_bookings_attendees', 'attendees BETWEEN 1 AND 100000')
@Check(
  'ck_venue_bookings_buffers',
  `setup_minutes BETWEEN 0 AND ${MAX_BUFFER_MINUTES} AND cleanup_minutes BETWEEN 0 AND ${MAX_BUFFER_MINUTES}`,
)
@Check('ck_venue_bookings_equipment', "jsonb_typeof(equipment) = 'array'")
@Check('ck_venue_bookings_reason', "status NOT IN ('rejected', 'cancelled') OR length(btrim(reason)) > 0")
@Check('ck_venue_bookings_checked_in', "status <> 'checked_in' OR checked_in_at IS NOT NULL")
export class VenueBooking {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) spaceId: string;
  @ManyToOne(() => VenueSpace, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'space_id' }) space?: VenueSpace;
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  /** Who booked: the agency's staff member, or the venue staff on the agency's behalf. */
  @Column({ type: 'uuid' }) requesterId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'requester_id' }) requester?: User;
  @Column({ type: 'text' }) contactName: string;
  @Column({ type: 'text' }) contactPhone: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) eventKind: EventKind;
  @Column({ type: 'int' }) attendees: number;
  @Column({ type: 'timestamptz', precision: 3 }) startsAt: Date;
  @Column({ type: 'timestamptz', precision: 3 }) endsAt: Date;
  @Column({ type: 'int', default: 0 }) setupMinutes: number;
  @Column({ type: 'int', default: 0 }) cleanupMinutes: number;
  @Column({ type: 'jsonb', default: () => "'[]'" }) equipment: BookedEquipment[];
  @Column({ type: 'text', default: 'requested' }) status: BookingStatus;
  /** Why it was rejected or cancelled. */
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'uuid', nullable: true }) seriesId: string | null;
  @ManyToOne(() => VenueBookingSeries, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'series_id' })
  series?: VenueBookingSeries;
  @Column({ type: 'uuid', nullable: true }) decidedById: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'decided_by_id' }) decidedBy?: User;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) checkedInAt: Date | null;
  /** When it was brought in from the office's earlier records (歷史匯入); null for a booking made here. */
  @Column({ type: 'timestamptz', nullable: true }) importedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
