import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { sqlList } from '../../database/sql-list';
import { User } from '../../users/user.entity';
import { Dormitory } from '../registry/dormitory.entity';
import {
  BOOKING_STATUSES,
  BookingStatus,
  HOLDING_STATUSES,
  ORGANIZER_TYPES,
  OrganizerType,
} from './residence-booking-kinds';

/**
 * A request to use the mayor's official residence for a public-interest event. Requested and
 * approved bookings of one residence may not overlap; the database refuses it.
 */
@Entity('residence_bookings')
@Exclusion(
  'ex_residence_bookings_window',
  `USING gist (dormitory_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status IN (${sqlList(HOLDING_STATUSES)}))`,
)
@Index('ix_residence_bookings_dormitory_id', ['dormitoryId'])
@Index('ix_residence_bookings_agency_id', ['agencyId', 'startsAt'])
@Index('ix_residence_bookings_starts_at', ['startsAt', 'id'])
@Index('ix_residence_bookings_requested_by_user_id', ['requestedByUserId'])
@Check('ck_residence_bookings_window', 'ends_at > starts_at')
@Check('ck_residence_bookings_status', `status IN (${sqlList(BOOKING_STATUSES)})`)
@Check('ck_residence_bookings_organizer_type', `organizer_type IN (${sqlList(ORGANIZER_TYPES)})`)
export class ResidenceBooking {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) dormitoryId: string;
  @ManyToOne(() => Dormitory, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'dormitory_id' }) dormitory?: Dormitory;
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  @Column({ type: 'uuid' }) requestedByUserId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'requested_by_user_id' }) requestedBy?: User;
  @Column({ type: 'text' }) organizerType: OrganizerType;
  @Column({ type: 'text' }) organizerName: string;
  @Column({ type: 'text' }) purpose: string;
  @Column({ type: 'timestamptz', precision: 3 }) startsAt: Date;
  @Column({ type: 'timestamptz', precision: 3 }) endsAt: Date;
  @Column({ type: 'text', default: 'requested' }) status: BookingStatus;
  @Column({ type: 'text', nullable: true }) decisionNote: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @VersionColumn() version: number;
}
