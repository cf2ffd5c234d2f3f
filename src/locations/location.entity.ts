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

export const LOCATION_KINDS = ['site', 'building', 'floor', 'room'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** The kind each kind must hang under; a site is a root. */
export const PARENT_KIND: Record<LocationKind, LocationKind | null> = {
  site: null,
  building: 'site',
  floor: 'building',
  room: 'floor',
};

/**
 * One node of the location tree: site (行政中心) → building → floor → room. The parent is
 * referenced by (id, kind), so the database itself refuses a floor under a site or a room under
 * a building.
 */
@Entity('locations')
@Unique('uq_locations_id_kind', ['id', 'kind'])
@Unique('uq_locations_parent_id_code', ['parentId', 'code'])
@Index('uq_locations_site_code', ['code'], { unique: true, where: "kind = 'site'" })
@Index('ix_locations_parent_id_parent_kind', ['parentId', 'parentKind'])
@Check('ck_locations_kind', "kind IN ('site', 'building', 'floor', 'room')")
@Check(
  'ck_locations_parent_kind',
  "(kind = 'site' AND parent_id IS NULL AND parent_kind IS NULL) OR (kind = 'building' AND parent_kind = 'site') OR (kind = 'floor' AND parent_kind = 'building') OR (kind = 'room' AND parent_kind = 'floor')",
)
export class Location {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: LocationKind;
  @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'text', nullable: true }) parentKind: LocationKind | null;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'parent_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_locations_parent' },
    { name: 'parent_kind', referencedColumnName: 'kind' },
  ])
  parent?: Location;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
