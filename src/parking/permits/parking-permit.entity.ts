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
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { VEHICLE_TYPES, type VehicleType } from '../../common/plates/taiwan-plate';
import { sqlList } from '../../database/sql-list';
import { User } from '../../users/user.entity';
import { ParkingLot } from '../lots/parking-lot.entity';

export const PERMIT_STATUSES = ['active', 'revoked', 'expired'] as const;
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

export const PERMIT_STATUS_LABELS: Record<PermitStatus, string> = {
  active: '有效',
  revoked: '已撤銷',
  expired: '已逾期',
};

/**
 * A temporary official parking permit (公務臨時停車證) for whole Taipei days valid_from..valid_to.
 * The exclusion constraint keeps one plate from holding two overlapping active permits at a lot.
 */
@Entity('parking_permits')
@Unique('uq_parking_permits_lot_id_roc_year_serial_number', ['lotId', 'rocYear', 'serialNumber'])
@Unique('uq_parking_permits_serial', ['serial'])
@Unique('uq_parking_permits_verification_token', ['verificationToken'])
@Exclusion(
  'ex_parking_permits_active_plate_overlap',
  "USING gist (lot_id WITH =, plate WITH =, daterange(valid_from, valid_to, '[]') WITH &&) WHERE (status = 'active')",
)
@Check('ck_parking_permits_status', "status IN ('active', 'revoked', 'expired')")
@Check('ck_parking_permits_vehicle_types', `vehicle_type IN (${sqlList(VEHICLE_TYPES)})`)
@Check('ck_parking_permits_window', 'valid_to >= valid_from')
@Check('ck_parking_permits_serial_number', 'serial_number > 0')
// Only the stored shape: which codes are plates is the plate rule's (src/common/plates), and old
// mixed codes such as F2-2233 and FA2-233 mix letters and digits on one side of the dash.
@Check('ck_parking_permits_plate_shape', "plate ~ '^[A-Z0-9]+-[A-Z0-9]+$'")
@Check(
  'ck_parking_permits_revocation',
  "(status = 'revoked') = (revoked_at IS NOT NULL AND revocation_reason IS NOT NULL)",
)
@Index('ix_parking_permits_lot_id_issued_at', ['lotId', 'issuedAt'])
@Index('ix_parking_permits_plate', ['plate'])
@Index('ix_parking_permits_agency_visited_id', ['agencyVisitedId'])
@Index('ix_parking_permits_issued_by_user_id', ['issuedByUserId'])
@Index('ix_parking_permits_status_valid_to', ['status', 'validTo'])
@Index('ix_parking_permits_revoked_at', ['revokedAt'], { where: 'revoked_at IS NOT NULL' })
export class ParkingPermit {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) lotId: string;
  @ManyToOne(() => ParkingLot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_parking_permits_lot' })
  lot?: ParkingLot;
  @Column({ type: 'int' }) rocYear: number;
  @Column({ type: 'int' }) serialNumber: number;
  /** `SW115-00001`: lot, ROC year of issue, number within the lot and year. */
  @Column({ type: 'text' }) serial: string;
  @Column({ type: 'text' }) plate: string;
  @Column({ type: 'text' }) vehicleType: VehicleType;
  /** Null once the retention period has passed (the permit and its counts stay). */
  @Column({ type: 'text', nullable: true }) visitorName: string | null;
  @Column({ type: 'text', nullable: true }) visitorPhone: string | null;
  @Column({ type: 'uuid' }) agencyVisitedId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_visited_id', foreignKeyConstraintName: 'fk_parking_permits_agency_visited' })
  agencyVisited?: Agency;
  @Column({ type: 'text' }) purpose: string;
  @Column({ type: 'date' }) validFrom: string;
  @Column({ type: 'date' }) validTo: string;
  @Column({ type: 'text', default: 'active' }) status: PermitStatus;
  @Column({ type: 'uuid' }) issuedByUserId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by_user_id', foreignKeyConstraintName: 'fk_parking_permits_issued_by_user' })
  issuedBy?: User;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) issuedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'text', nullable: true }) revocationReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) anonymisedAt: Date | null;
  /** When the permit was brought in from the office's earlier records; null for permits issued here. */
  @Column({ type: 'timestamptz', nullable: true }) importedAt: Date | null;
  /** Random, unguessable key of the public verification URL printed as the QR code. */
  @Column({ type: 'text', select: false }) verificationToken: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
