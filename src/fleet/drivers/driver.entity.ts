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
import { User } from '../../users/user.entity';
import { LICENCE_CLASSES, LicenceClass } from '../fleet.constants';

/** The driving profile of a user who holds the `driver` role. */
@Entity('fleet_drivers')
@Index('uq_fleet_drivers_user_id', ['userId'], { unique: true })
@Check('ck_fleet_drivers_licence_class', `licence_class IN (${sqlList(LICENCE_CLASSES)})`)
export class Driver {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) userId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'user_id' }) user?: User;
  @Column({ type: 'text' }) displayName: string;
  @Column({ type: 'text' }) licenceClass: LicenceClass;
  @Column({ type: 'date' }) licenceExpiresOn: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
