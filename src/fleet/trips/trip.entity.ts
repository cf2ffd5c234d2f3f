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
import { sqlList } from '../../database/sql-list';
import { Driver } from '../drivers/driver.entity';
import { TRIP_STATES, TripState } from '../fleet.constants';
import { Vehicle } from '../vehicles/vehicle.entity';

/**
 * One run of one vehicle (and driver) over a window, carrying one or more bookings. The trip owns
 * the occupancy rows that keep the vehicle and the driver from being double-booked.
 */
@Entity('fleet_trips')
@Index('ix_fleet_trips_vehicle_id_starts_at', ['vehicleId', 'startsAt'])
@Index('ix_fleet_trips_driver_id', ['driverId'])
@Index('ix_fleet_trips_starts_at', ['startsAt'])
@Check('ck_fleet_trips_state', `state IN (${sqlList(TRIP_STATES)})`)
@Check('ck_fleet_trips_window', 'ends_at > starts_at')
@Check('ck_fleet_trips_turnaround', 'turnaround_minutes BETWEEN 0 AND 1440')
@Check('ck_fleet_trips_odometer', 'odometer_in_km IS NULL OR odometer_in_km >= odometer_out_km')
@Check('ck_fleet_trips_fuel', 'fuel_out_percent BETWEEN 0 AND 100 AND fuel_in_percent BETWEEN 0 AND 100')
// Earlier records often lack the odometer: an imported trip is completed without it.
@Check(
  'ck_fleet_trips_checked_in',
  "state <> 'completed' OR imported_at IS NOT NULL OR (checked_in_at IS NOT NULL AND odometer_in_km IS NOT NULL)",
)
export class Trip {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) vehicleId: string;
  @ManyToOne(() => Vehicle, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'vehicle_id' }) vehicle?: Vehicle;
  @Column({ type: 'uuid', nullable: true }) driverId: string | null;
  @ManyToOne(() => Driver, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'driver_id' }) driver?: Driver;
  @Column({ type: 'timestamptz', precision: 3 }) startsAt: Date;
  @Column({ type: 'timestamptz', precision: 3 }) endsAt: Date;
  @Column({ type: 'int' }) turnaroundMinutes: number;
  @Column({ type: 'text', default: 'planned' }) state: TripState;
  @Column({ type: 'timestamptz', nullable: true }) checkedOutAt: Date | null;
  @Column({ type: 'int', nullable: true }) odometerOutKm: number | null;
  @Column({ type: 'int', nullable: true }) fuelOutPercent: number | null;
  @Column({ type: 'text', nullable: true }) notesOut: string | null;
  @Column({ type: 'timestamptz', nullable: true }) checkedInAt: Date | null;
  @Column({ type: 'int', nullable: true }) odometerInKm: number | null;
  @Column({ type: 'int', nullable: true }) fuelInPercent: number | null;
  @Column({ type: 'text', nullable: true }) notesIn: string | null;
  /** When it was brought in from the office's earlier records (歷史匯入); null for a trip run here. */
  @Column({ type: 'timestamptz', nullable: true }) importedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
