import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { User } from '../../users/user.entity';
import { DormitoryUnit } from '../registry/dormitory-unit.entity';

/**
 * A unit assigned to a person for [startsOn, endsOn); endsOn is the move-out day and stays null
 * while they live there. The exclusion constraint (rather than a partial unique index on open
 * assignments) also refuses back-dated periods that overlap a past or future occupancy.
 */
@Entity('dormitory_assignments')
@Exclusion('ex_dormitory_assignments_unit_period', 'USING gist (unit_id WITH =, daterange(starts_on, ends_on) WITH &&)')
@Index('ix_dormitory_assignments_unit_id', ['unitId'])
@Index('ix_dormitory_assignments_occupant_user_id', ['occupantUserId'])
@Index('ix_dormitory_assignments_occupant_agency_id', ['occupantAgencyId'])
@Check('ck_dormitory_assignments_period', 'ends_on IS NULL OR ends_on > starts_on')
@Check('ck_dormitory_assignments_move_out_due_on', 'move_out_due_on IS NULL OR move_out_due_on > starts_on')
@Index('ix_dormitory_assignments_move_out_due_on', ['moveOutDueOn'], { where: 'ends_on IS NULL' })
export class DormitoryAssignment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => DormitoryUnit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: DormitoryUnit;
  @Column({ type: 'uuid', nullable: true }) occupantUserId: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'occupant_user_id' }) occupantUser?: User;
  @Column({ type: 'text' }) occupantName: string;
  @Column({ type: 'uuid' }) occupantAgencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupant_agency_id' })
  occupantAgency?: Agency;
  @Column({ type: 'date' }) startsOn: string;
  @Column({ type: 'date', nullable: true }) endsOn: string | null;
  /** The day by which the occupant must have moved out (retirement, transfer); overdue while they stay. */
  @Column({ type: 'date', nullable: true }) moveOutDueOn: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @VersionColumn() version: number;
}
