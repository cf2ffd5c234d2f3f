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
import { Dormitory } from '../registry/dormitory.entity';
import { LAWSUIT_STAGES, LAWSUIT_STATUSES, LawsuitStage, LawsuitStatus } from './lawsuit-kinds';

/**
 * A lawsuit to recover a family dormitory from an occupant without right (無權占用). A court
 * numbers its cases (案號) once; a closed lawsuit has its outcome and the day it closed.
 */
@Entity('dormitory_lawsuits')
@Unique('uq_dormitory_lawsuits_court_case_number', ['court', 'caseNumber'])
@Index('ix_dormitory_lawsuits_dormitory_id', ['dormitoryId'])
@Index('ix_dormitory_lawsuits_agency_id', ['agencyId', 'filedOn'])
@Check('ck_dormitory_lawsuits_stage', `stage IN (${sqlList(LAWSUIT_STAGES)})`)
@Check('ck_dormitory_lawsuits_status', `status IN (${sqlList(LAWSUIT_STATUSES)})`)
@Check(
  'ck_dormitory_lawsuits_closed',
  "(status = 'closed') = (closed_on IS NOT NULL AND outcome IS NOT NULL) AND closed_on >= filed_on",
)
export class DormitoryLawsuit {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) dormitoryId: string;
  @ManyToOne(() => Dormitory, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'dormitory_id' }) dormitory?: Dormitory;
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  /** 案號 as the court writes it, e.g. 115年度訴字第123號. */
  @Column({ type: 'text' }) caseNumber: string;
  @Column({ type: 'text' }) court: string;
  @Column({ type: 'text' }) defendantName: string;
  @Column({ type: 'text', default: 'first_instance' }) stage: LawsuitStage;
  @Column({ type: 'text', default: 'open' }) status: LawsuitStatus;
  @Column({ type: 'date' }) filedOn: string;
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  @Column({ type: 'date', nullable: true }) closedOn: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @VersionColumn() version: number;
}
