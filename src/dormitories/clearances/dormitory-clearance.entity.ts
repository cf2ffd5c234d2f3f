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
import { CLEARANCE_STATUSES, ClearanceStatus } from './clearance-steps';

/**
 * The clearance (騰空) of one family dormitory, from the notice served on its occupant to the
 * return of its land to the finance bureau. Each step's date is set when the step is recorded and
 * never precedes the step before; the status says how far it went.
 */
@Entity('dormitory_clearances')
@Unique('uq_dormitory_clearances_dormitory_id', ['dormitoryId'])
@Index('ix_dormitory_clearances_agency_id', ['agencyId', 'noticeOn'])
@Index('ix_dormitory_clearances_land_returned_on', ['landReturnedOn'])
@Check('ck_dormitory_clearances_status', `status IN (${sqlList(CLEARANCE_STATUSES)})`)
@Check('ck_dormitory_clearances_deadline', 'deadline_on >= notice_on')
@Check(
  'ck_dormitory_clearances_step_order',
  'handed_over_on >= notice_on AND demolished_on >= handed_over_on AND land_returned_on >= demolished_on',
)
@Check(
  'ck_dormitory_clearances_steps_recorded',
  `(status IN ('handed_over', 'demolished', 'land_returned')) = (handed_over_on IS NOT NULL)
   AND (status IN ('demolished', 'land_returned')) = (demolished_on IS NOT NULL)
   AND (status = 'land_returned') = (land_returned_on IS NOT NULL AND land_return_document_number IS NOT NULL)`,
)
export class DormitoryClearance {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) dormitoryId: string;
  @ManyToOne(() => Dormitory, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'dormitory_id' }) dormitory?: Dormitory;
  /** The dormitory's managing agency, whose manager works the clearance. */
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  @Column({ type: 'text', default: 'noticed' }) status: ClearanceStatus;
  @Column({ type: 'text' }) occupantName: string;
  @Column({ type: 'date' }) noticeOn: string;
  @Column({ type: 'text' }) noticeDocumentNumber: string;
  @Column({ type: 'date' }) deadlineOn: string;
  @Column({ type: 'date', nullable: true }) handedOverOn: string | null;
  @Column({ type: 'date', nullable: true }) demolishedOn: string | null;
  @Column({ type: 'date', nullable: true }) landReturnedOn: string | null;
  @Column({ type: 'text', nullable: true }) landReturnDocumentNumber: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @VersionColumn() version: number;
}
