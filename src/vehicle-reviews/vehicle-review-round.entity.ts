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
import { MONEY } from './money-column';

/**
 * One yearly pre-review (車輛先期審查) for a budget year. `approvedTotal` is the running sum of
 * the approved lines' amounts, moved in the same transaction as each decision under this row's
 * lock; the CHECK keeps it within the ceiling, so concurrent approvals cannot overshoot.
 */
@Entity('vehicle_review_rounds')
@Unique('uq_vehicle_review_rounds_budget_year', ['budgetYear'])
@Check('ck_vehicle_review_rounds_budget_year', 'budget_year BETWEEN 100 AND 300')
@Check('ck_vehicle_review_rounds_ceiling_amount', 'ceiling_amount >= 0')
@Check('ck_vehicle_review_rounds_within_ceiling', 'approved_total >= 0 AND approved_total <= ceiling_amount')
export class VehicleReviewRound {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** ROC year of the budget the vehicles are bought with, e.g. 113. */
  @Column({ type: 'smallint' }) budgetYear: number;
  /** Last Taipei date on which agencies may file lines. */
  @Column({ type: 'date' }) deadline: string;
  @Column({ type: 'bigint', transformer: MONEY }) ceilingAmount: number;
  @Column({ type: 'bigint', transformer: MONEY, default: 0 }) approvedTotal: number;
  @Column({ type: 'uuid' }) openedByUserId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
