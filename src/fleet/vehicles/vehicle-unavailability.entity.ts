import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../database/sql-list';
import { UNAVAILABILITY_KINDS, UnavailabilityKind } from '../fleet.constants';
import { Vehicle } from './vehicle.entity';

/** A window in which a vehicle is out of service; it occupies the vehicle like a trip does. */
@Entity('fleet_unavailabilities')
@Index('ix_fleet_unavailabilities_vehicle_id', ['vehicleId'])
@Check('ck_fleet_unavailabilities_kind', `kind IN (${sqlList(UNAVAILABILITY_KINDS)})`)
@Check('ck_fleet_unavailabilities_window', 'ends_at > starts_at')
export class VehicleUnavailability {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) vehicleId: string;
  @ManyToOne(() => Vehicle, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'vehicle_id' }) vehicle?: Vehicle;
  @Column({ type: 'text' }) kind: UnavailabilityKind;
  @Column({ type: 'timestamptz' }) startsAt: Date;
  @Column({ type: 'timestamptz' }) endsAt: Date;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
