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
import {
  BOOKING_CHANNELS,
  BOOKING_STATES,
  BookingChannel,
  BookingState,
  VEHICLE_CLASSES,
  VehicleClass,
} from '../fleet.constants';
import { Trip } from '../trips/trip.entity';

/**
 * A request for a car (派車申請) by one agency's staff. Once approved it rides on a trip; several
 * bookings may share one trip (集中調派) and each keeps its own state.
 */
@Entity('fleet_bookings')
@Index('ix_fleet_bookings_agency_id_starts_at', ['agencyId', 'startsAt'])
@Index('ix_fleet_bookings_starts_at', ['startsAt', 'id'])
@Index('ix_fleet_bookings_requester_id', ['requesterId'])
@Index('ix_fleet_bookings_entered_by_id', ['enteredById'])
@Index('ix_fleet_bookings_trip_id', ['tripId'])
@Check('ck_fleet_bookings_state', `state IN (${sqlList(BOOKING_STATES)})`)
@Check('ck_fleet_bookings_channel', `channel IN (${sqlList(BOOKING_CHANNELS)})`)
@Check('ck_fleet_bookings_wanted_class', `wanted_class IS NULL OR wanted_class IN (${sqlList(VEHICLE_CLASSES)})`)
@Check('ck_fleet_bookings_window', 'ends_at > starts_at')
@Check('ck_fleet_bookings_passengers', 'passengers BETWEEN 1 AND 60')
@Check('ck_fleet_bookings_reason', "state NOT IN ('rejected', 'cancelled') OR length(btrim(reason)) > 0")
@Check(
  'ck_fleet_bookings_paper_requester',
  "paper_requester_name IS NULL OR (channel = 'paper' AND length(btrim(paper_requester_name)) > 0)",
)
@Check('ck_fleet_bookings_trip', "state NOT IN ('approved', 'in_trip', 'completed') OR trip_id IS NOT NULL")
@Check('ck_fleet_bookings_imported_requester', 'imported_requester_name IS NULL OR imported_at IS NOT NULL')
export class Booking {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  @Column({ type: 'uuid' }) requesterId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'requester_id' }) requester?: User;
  /** Who typed it in: the requester online, the dispatcher for a paper request. */
  @Column({ type: 'uuid' }) enteredById: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'entered_by_id' }) enteredBy?: User;
  @Column({ type: 'text' }) channel: BookingChannel;
  /**
   * The name on a paper request (書面申請): its filer may have no account, so the dispatcher stands as
   * requester. Older paper requests named an account instead and carry no name.
   */
  @Column({ type: 'text', nullable: true }) paperRequesterName: string | null;
  @Column({ type: 'text' }) purpose: string;
  @Column({ type: 'text' }) origin: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) stops: string[];
  @Column({ type: 'text' }) destination: string;
  @Column({ type: 'int' }) passengers: number;
  @Column({ type: 'timestamptz', precision: 3 }) startsAt: Date;
  @Column({ type: 'timestamptz', precision: 3 }) endsAt: Date;
  @Column({ type: 'boolean' }) needsDriver: boolean;
  @Column({ type: 'text', nullable: true }) wantedClass: VehicleClass | null;
  /** A car lent (借用) to the requesting agency for the period rather than a driven trip. */
  @Column({ type: 'boolean', default: false }) loan: boolean;
  @Column({ type: 'text' }) contactPhone: string;
  @Column({ type: 'text', default: 'requested' }) state: BookingState;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'uuid', nullable: true }) tripId: string | null;
  @ManyToOne(() => Trip, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'trip_id' }) trip?: Trip;
  /** When it was brought in from the office's earlier records (歷史匯入); null for a booking made here. */
  @Column({ type: 'timestamptz', nullable: true }) importedAt: Date | null;
  /** The requester as the earlier records name them: they may have no account here. */
  @Column({ type: 'text', nullable: true }) importedRequesterName: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
