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
import { Location } from '../../locations/location.entity';
import { Trade } from '../../trades/trade.entity';
import { User } from '../../users/user.entity';
import { ObligationKind } from './obligation-kinds';
import { AdvanceMode } from './obligation-schedule';

/**
 * A statutory or recurring duty of one center or building (an inspection, a drill, a renewal),
 * with its rhythm. Its occurrences are the individual due dates.
 */
@Entity('maintenance_obligations')
@Check(
  'ck_maintenance_obligations_kind',
  "kind IN ('electrical_inspection', 'fire_safety_inspection', 'public_safety_filing', 'insurance_renewal', 'fire_drill', 'elevator_maintenance', 'other')",
)
@Check('ck_maintenance_obligations_other_kind_name', "(kind = 'other') = (other_kind_name IS NOT NULL)")
@Check('ck_maintenance_obligations_interval_months', 'interval_months BETWEEN 1 AND 120')
@Check('ck_maintenance_obligations_lead_time_days', 'lead_time_days BETWEEN 0 AND 365')
@Check('ck_maintenance_obligations_due_day_of_month', 'due_day_of_month BETWEEN 1 AND 31')
@Check('ck_maintenance_obligations_advance_from', "advance_from IN ('due_date', 'completion_date')")
@Index('ix_maintenance_obligations_next_due_date', ['nextDueDate', 'id'])
@Index('ix_maintenance_obligations_site_id_next_due_date', ['siteId', 'nextDueDate', 'id'])
@Index('ix_maintenance_obligations_building_id', ['buildingId'])
@Index('ix_maintenance_obligations_location_id', ['locationId'])
@Index('ix_maintenance_obligations_agency_id', ['agencyId'])
@Index('ix_maintenance_obligations_trade_code', ['tradeCode'])
@Index('ix_maintenance_obligations_created_by_user_id', ['createdByUserId'])
export class MaintenanceObligation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: ObligationKind;
  @Column({ type: 'text', nullable: true }) otherKindName: string | null;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) tradeCode: string;
  @ManyToOne(() => Trade, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trade_code', foreignKeyConstraintName: 'fk_maintenance_obligations_trade' })
  trade?: Trade;

  /** The office agency that runs the obligation; its work orders are filed for it. */
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'fk_maintenance_obligations_agency' })
  agency?: Agency;
  /** A site or a building; site and building are copied from the tree for per-site lists. */
  @Column({ type: 'uuid' }) locationId: string;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_maintenance_obligations_location' })
  location?: Location;
  @Column({ type: 'uuid' }) siteId: string;
  @Column({ type: 'uuid', nullable: true }) buildingId: string | null;
  @Column({ type: 'text' }) locationLabel: string;

  @Column({ type: 'int' }) intervalMonths: number;
  @Column({ type: 'date' }) nextDueDate: string;
  @Column({ type: 'smallint' }) dueDayOfMonth: number;
  @Column({ type: 'int' }) leadTimeDays: number;
  @Column({ type: 'text' }) advanceFrom: AdvanceMode;
  @Column({ type: 'text', nullable: true }) vendorName: string | null;
  @Column({ type: 'text', nullable: true }) vendorContact: string | null;
  /** Inactive obligations keep their history; the schedule job leaves them alone. */
  @Column({ type: 'boolean', default: true }) active: boolean;

  /** The coordinator who registered it; the work orders the schedule job opens are filed in their name. */
  @Column({ type: 'uuid' }) createdByUserId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_maintenance_obligations_created_by' })
  createdBy?: User;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @VersionColumn() version: number;
}
