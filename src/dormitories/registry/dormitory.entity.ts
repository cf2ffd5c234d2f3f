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
import { Agency } from '../../agencies/agency.entity';
import { sqlList } from '../../database/sql-list';
import {
  DORMITORY_STATUSES,
  DORMITORY_TYPES,
  DormitoryStatus,
  DormitoryType,
  REMOVED_STATUSES,
} from './dormitory-kinds';

/**
 * A city-owned dormitory (宿舍), managed by one agency. It leaves the register (demolished or
 * handed over to the finance bureau) on `removedOn`; counts "as of" a date rely on that date.
 */
@Entity('dormitories')
@Unique('uq_dormitories_code', ['code'])
@Index('ix_dormitories_agency_id', ['agencyId'])
@Check('ck_dormitories_type', `type IN (${sqlList(DORMITORY_TYPES)})`)
@Check('ck_dormitories_status', `status IN (${sqlList(DORMITORY_STATUSES)})`)
@Check('ck_dormitories_removed_on', `(status IN (${sqlList(REMOVED_STATUSES)})) = (removed_on IS NOT NULL)`)
@Check('ck_dormitories_lendable_head_residence', "NOT lendable OR type = 'head_residence'")
export class Dormitory {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) address: string;
  @Column({ type: 'text' }) type: DormitoryType;
  @Column({ type: 'text', default: 'vacant' }) status: DormitoryStatus;
  /** Only a head-of-agency residence (the mayor's) is lent out for public-interest events. */
  @Column({ type: 'boolean', default: false }) lendable: boolean;
  @Column({ type: 'date', nullable: true }) acquiredOn: string | null;
  @Column({ type: 'date', nullable: true }) removedOn: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
