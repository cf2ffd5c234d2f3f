import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VenueSpace } from './venue-space.entity';

/**
 * The footprint of a space: every physical space a booking of `ancestor` holds — itself, its
 * parts, their parts. Written once when the space is created (parts cannot change later), so a
 * booking finds the rows to occupy, and two bookings find whether they share a room, in one join.
 */
@Entity('venue_space_links')
@Index('ix_venue_space_links_descendant_id', ['descendantId'])
export class VenueSpaceLink {
  @PrimaryColumn({ type: 'uuid' }) ancestorId: string;
  @ManyToOne(() => VenueSpace, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'ancestor_id' }) ancestor?: VenueSpace;
  @PrimaryColumn({ type: 'uuid' }) descendantId: string;
  @ManyToOne(() => VenueSpace, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'descendant_id' })
  descendant?: VenueSpace;
}
