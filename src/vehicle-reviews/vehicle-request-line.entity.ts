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
import { Agency } from '../agencies/agency.entity';
import { MONEY } from './money-column';
import { RequestLineState, VehicleRequestKind } from './vehicle-review-kinds';
import { VehicleReviewRound } from './vehicle-review-round.entity';

/** One agency's request in a round (so many vehicles of a kind, at a unit price) and the office's decision on it. */
@Entity('vehicle_request_lines')
@Index('ix_vehicle_request_lines_round_id', ['roundId'])
@Index('ix_vehicle_request_lines_agency_id', ['agencyId'])
@Check('ck_vehicle_request_lines_kind', "kind IN ('car', 'motorcycle', 'special_vehicle', 'lease_renewal')")
@Check('ck_vehicle_request_lines_state', "state IN ('filed', 'approved', 'deferred', 'rejected')")
@Check('ck_vehicle_request_lines_quantity', 'quantity BETWEEN 1 AND 10000')
@Check('ck_vehicle_request_lines_unit_price', 'unit_price BETWEEN 1 AND 1000000000')
@Check('ck_vehicle_request_lines_requested_amount', 'requested_amount = quantity * unit_price')
@Check('ck_vehicle_request_lines_replaced_age', 'replaced_age_years IS NULL OR replaced_age_years BETWEEN 0 AND 100')
@Check('ck_vehicle_request_lines_replaced_km', 'replaced_km IS NULL OR replaced_km BETWEEN 0 AND 10000000')
@Check(
  'ck_vehicle_request_lines_approval',
  "(state = 'approved') = (approved_amount IS NOT NULL AND approved_quantity IS NOT NULL)",
)
@Check(
  'ck_vehicle_request_lines_approved_amount',
  'approved_amount IS NULL OR approved_amount BETWEEN 1 AND requested_amount',
)
@Check(
  'ck_vehicle_request_lines_approved_quantity',
  'approved_quantity IS NULL OR approved_quantity BETWEEN 1 AND quantity',
)
@Check('ck_vehicle_request_lines_decision_reason', "state <> 'rejected' OR decision_reason IS NOT NULL")
export class VehicleRequestLine {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) roundId: string;
  @ManyToOne(() => VehicleReviewRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_vehicle_request_lines_round' })
  round?: VehicleReviewRound;
  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'fk_vehicle_request_lines_agency' })
  agency?: Agency;
  @Column({ type: 'text' }) kind: VehicleRequestKind;
  @Column({ type: 'text' }) purpose: string;
  @Column({ type: 'int' }) quantity: number;
  @Column({ type: 'bigint', transformer: MONEY }) unitPrice: number;
  @Column({ type: 'bigint', transformer: MONEY }) requestedAmount: number;
  /** The vehicle the purchase replaces, if any: its plate, age and mileage decide its rank. */
  @Column({ type: 'text', nullable: true }) replacedPlate: string | null;
  @Column({ type: 'smallint', nullable: true }) replacedAgeYears: number | null;
  @Column({ type: 'int', nullable: true }) replacedKm: number | null;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'text', default: 'filed' }) state: RequestLineState;
  @Column({ type: 'bigint', transformer: MONEY, nullable: true }) approvedAmount: number | null;
  @Column({ type: 'int', nullable: true }) approvedQuantity: number | null;
  @Column({ type: 'text', nullable: true }) decisionReason: string | null;
  @Column({ type: 'uuid', nullable: true }) decidedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'uuid' }) filedByUserId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
