import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { VenueSpace } from '../spaces/venue-space.entity';
import { VenueBooking } from './venue-booking.entity';

/**
 * A physical space held by a booking for its window stretched by the setup and cleanup buffers.
 * A hall's booking writes one row for the hall and one for each of its parts, so the exclusion
 * constraint refuses a room booked while its hall is (and the other way round), however many
 * people book at once.
 */
@Entity('venue_occupancies')
@Exclusion('ex_venue_occupancies_space', 'USING gist ("space_id" WITH =, "occupied" WITH &&)')
@Unique('uq_venue_occupancies_booking_id_space_id', ['bookingId', 'spaceId'])
@Index('ix_venue_occupancies_space_id', ['spaceId'])
@Check(
  'ck_venue_occupancies_half_open',
  'NOT isempty(occupied) AND lower_inc(occupied) AND NOT upper_inc(occupied) AND NOT lower_inf(occupied) AND NOT upper_inf(occupied)',
)
export class VenueOccupancy {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) bookingId: string;
  @ManyToOne(() => VenueBooking, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'booking_id' }) booking?: VenueBooking;
  @Column({ type: 'uuid' }) spaceId: string;
  @ManyToOne(() => VenueSpace, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'space_id' }) space?: VenueSpace;
  /** [start − setup, end + cleanup): what the exclusion constraint compares. */
  @Column({ type: 'tstzrange' }) occupied: string;
}
