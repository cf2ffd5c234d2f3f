import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * One center's parking lot (四維 SW, 鳳山 FS). `code` is also the site code in the location tree
 * and the prefix of the lot's permit serials.
 */
@Entity('parking_lots')
@Unique('uq_parking_lots_code', ['code'])
@Check('ck_parking_lots_code', "code ~ '^[A-Z]{2,4}$'")
@Check('ck_parking_lots_daily_capacity', 'daily_capacity >= 0')
@Check('ck_parking_lots_hours', 'closes_at > opens_at')
export class ParkingLot {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  /** Temporary spaces each day, copied into a day's counter row when its first permit is issued. */
  @Column({ type: 'int' }) dailyCapacity: number;
  @Column({ type: 'time' }) opensAt: string;
  @Column({ type: 'time' }) closesAt: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
