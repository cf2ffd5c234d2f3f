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
import { sqlList } from '../../database/sql-list';
import { Dormitory } from '../registry/dormitory.entity';

/** What is lent: the vacant land of a cleared family dormitory, or its empty house. */
export const LOANED_PROPERTY_KINDS = ['land', 'house'] as const;
export type LoanedPropertyKind = (typeof LOANED_PROPERTY_KINDS)[number];

/**
 * Vacant land or a house of a family dormitory lent to another agency (a district office, the
 * police, a cleaning squad) for greening or parking, for a term of whole days. One property is
 * never lent twice over the same days; the database refuses it.
 */
@Entity('dormitory_loans')
@Exclusion('ex_dormitory_loans_term', `USING gist (dormitory_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)`)
@Index('ix_dormitory_loans_dormitory_id', ['dormitoryId'])
@Index('ix_dormitory_loans_agency_id', ['agencyId', 'startsOn'])
@Check('ck_dormitory_loans_term', 'ends_on >= starts_on')
@Check('ck_dormitory_loans_property_kind', `property_kind IN (${sqlList(LOANED_PROPERTY_KINDS)})`)
export class DormitoryLoan {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) dormitoryId: string;
  @ManyToOne(() => Dormitory, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'dormitory_id' }) dormitory?: Dormitory;
  /** The dormitory's managing agency, the lender. */
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agency_id' }) agency?: Agency;
  @Column({ type: 'text' }) propertyKind: LoanedPropertyKind;
  /** Often outside the service's agencies (a district office, a police precinct): kept as its name. */
  @Column({ type: 'text' }) borrowerAgency: string;
  @Column({ type: 'text' }) purpose: string;
  @Column({ type: 'date' }) startsOn: string;
  /** The last day of the loan. */
  @Column({ type: 'date' }) endsOn: string;
  @Column({ type: 'text', nullable: true }) documentNumber: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @VersionColumn() version: number;
}
