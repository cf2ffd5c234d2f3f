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
import { VEHICLE_CLASSES, VEHICLE_STATUSES, VehicleClass, VehicleStatus } from '../fleet.constants';

/** An official car or motorcycle in the pool. The plate is stored normalised (ABC-1235). */
@Entity('fleet_vehicles')
@Index('uq_fleet_vehicles_plate', ['plate'], { unique: true })
@Index('ix_fleet_vehicles_agency_id', ['agencyId'])
@Check('ck_fleet_vehicles_class', `vehicle_class IN (${sqlList(VEHICLE_CLASSES)})`)
@Check('ck_fleet_vehicles_status', `status IN (${sqlList(VEHICLE_STATUSES)})`)
@Check('ck_fleet_vehicles_seats', 'seats BETWEEN 1 AND 60')
@Check('ck_fleet_vehicles_odometer', 'odometer_km >= 0')
@Check('ck_fleet_vehicles_plate_form', "plate ~ '^[A-Z0-9]+-[A-Z0-9]+$'")
export class Vehicle {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) plate: string;
  @Column({ type: 'text' }) vehicleClass: VehicleClass;
  @Column({ type: 'text', nullable: true }) model: string | null;
  @Column({ type: 'int' }) seats: number;
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  @Column({ type: 'text', default: 'active' }) status: VehicleStatus;
  @Column({ type: 'int', default: 0 }) odometerKm: number;
  @Column({ type: 'date' }) insuranceExpiresOn: string;
  @Column({ type: 'date' }) inspectionDueOn: string;
  @Column({ type: 'int', nullable: true }) serviceIntervalKm: number | null;
  @Column({ type: 'int', nullable: true }) serviceIntervalMonths: number | null;
  @Column({ type: 'date', nullable: true }) lastServiceOn: string | null;
  @Column({ type: 'int', nullable: true }) lastServiceOdometerKm: number | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
