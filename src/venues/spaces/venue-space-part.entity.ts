import { Check, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VenueSpace } from './venue-space.entity';

/** A hall (`whole`) is made of this room (`part`); a room may be part of several halls. */
@Entity('venue_space_parts')
@Index('ix_venue_space_parts_part_id', ['partId'])
@Check('ck_venue_space_parts_distinct', 'whole_id <> part_id')
export class VenueSpacePart {
  @PrimaryColumn({ type: 'uuid' }) wholeId: string;
  @ManyToOne(() => VenueSpace, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'whole_id' }) whole?: VenueSpace;
  @PrimaryColumn({ type: 'uuid' }) partId: string;
  @ManyToOne(() => VenueSpace, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'part_id' }) part?: VenueSpace;
}
