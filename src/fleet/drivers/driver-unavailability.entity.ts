import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../database/sql-list';
import { DRIVER_UNAVAILABILITY_KINDS, DriverUnavailabilityKind } from '../fleet.constants';
import { Driver } from './driver.entity';

/**
 * A window in which a driver cannot drive (leave, training…). Like a vehicle's out-of-service
 * window it holds the driver in `fleet_occupancies`, so the driver exclusion constraint refuses
 * any trip that overlaps it.
 */
@Entity('fleet_driver_unavailabilities')
@Index('ix_fleet_driver_unavailabilities_driver_id', ['driverId', 'startsAt'])
@Check('ck_fleet_driver_unavailabilities_kind', `kind IN (${sqlList(DRIVER_UNAVAILABILITY_KINDS)})`)
@Check('ck_fleet_driver_unavailabilities_window', 'ends_at > starts_at')
@Check('ck_fleet_driver_unavailabilities_reason', 'length(btrim(reason)) BETWEEN 1 AND 500')
export class DriverUnavailability {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) driverId: string;
  @ManyToOne(() => Driver, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'driver_id' }) driver?: Driver;
  @Column({ type: 'text' }) kind: DriverUnavailabilityKind;
  @Column({ type: 'timestamptz' }) startsAt: Date;
  @Column({ type: 'timestamptz' }) endsAt: Date;
  @Column({ type: 'text' }) reason: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
