import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DriverUnavailability } from '../drivers/driver-unavailability.entity';
import { Driver } from '../drivers/driver.entity';
import { VehicleUnavailability } from '../vehicles/vehicle-unavailability.entity';
import { Vehicle } from '../vehicles/vehicle.entity';
import { Trip } from './trip.entity';

/**
 * One resource (a vehicle or a driver) held for a half-open window by a trip, a vehicle's
 * out-of-service window or a driver's leave. `occupied` is the window stretched by the turnaround buffer (a CHECK keeps the
 * two in step), and the exclusion constraints make PostgreSQL refuse any overlap, however many
 * dispatchers assign at once.
 */
@Entity('fleet_occupancies')
@Exclusion('ex_fleet_occupancies_vehicle', 'USING gist ("vehicle_id" WITH =, "occupied" WITH &&)')
@Exclusion('ex_fleet_occupancies_driver', 'USING gist ("driver_id" WITH =, "occupied" WITH &&)')
@Index('ix_fleet_occupancies_trip_id', ['tripId'])
@Index('ix_fleet_occupancies_unavailability_id', ['unavailabilityId'])
@Index('ix_fleet_occupancies_driver_unavailability_id', ['driverUnavailabilityId'])
@Check('ck_fleet_occupancies_one_resource', 'num_nonnulls(vehicle_id, driver_id) = 1')
@Check('ck_fleet_occupancies_single_holder', 'num_nonnulls(trip_id, unavailability_id, driver_unavailability_id) = 1')
@Check('ck_fleet_occupancies_driver_leave', 'driver_unavailability_id IS NULL OR driver_id IS NOT NULL')
@Check('ck_fleet_occupancies_half_open', 'NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)')
@Check('ck_fleet_occupancies_turnaround', 'turnaround_minutes BETWEEN 0 AND 1440')
@Check(
  'ck_fleet_occupancies_occupied',
  "occupied = tstzrange(lower(during), upper(during) + make_interval(mins => turnaround_minutes), '[)')",
)
export class Occupancy {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) vehicleId: string | null;
  @ManyToOne(() => Vehicle, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'vehicle_id' }) vehicle?: Vehicle;
  @Column({ type: 'uuid', nullable: true }) driverId: string | null;
  @ManyToOne(() => Driver, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'driver_id' }) driver?: Driver;
  @Column({ type: 'uuid', nullable: true }) tripId: string | null;
  @ManyToOne(() => Trip, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'trip_id' }) trip?: Trip;
  @Column({ type: 'uuid', nullable: true }) unavailabilityId: string | null;
  @ManyToOne(() => VehicleUnavailability, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unavailability_id' })
  unavailability?: VehicleUnavailability;
  @Column({ type: 'uuid', nullable: true }) driverUnavailabilityId: string | null;
  @ManyToOne(() => DriverUnavailability, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'driver_unavailability_id' })
  driverUnavailability?: DriverUnavailability;
  /** The booked window, half-open [start, end). */
  @Column({ type: 'tstzrange' }) during: string;
  @Column({ type: 'int' }) turnaroundMinutes: number;
  /** `during` extended by the turnaround buffer; what the exclusion constraints compare. */
  @Column({ type: 'tstzrange' }) occupied: string;
}
