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
import { Location } from '../../locations/location.entity';
import { Trade } from '../../trades/trade.entity';
import { User } from '../../users/user.entity';
import { TicketPriority } from '../sla/sla-clock';
import { HoldReason } from './hold-reasons';
import { TicketStatus } from './ticket-state-machine';

/**
 * A repair request and its work order. Site, building, floor and room are copied from the
 * location tree when filed so that lists filter on them without walking the tree.
 */
@Entity('maintenance_tickets')
@Unique('uq_maintenance_tickets_number', ['number'])
@Check(
  'ck_maintenance_tickets_status',
  "status IN ('submitted', 'assigned', 'in_progress', 'on_hold', 'resolved', 'closed', 'rejected', 'cancelled')",
)
@Check('ck_maintenance_tickets_priority', "priority IN ('emergency', 'high', 'normal', 'low')")
@Check(
  'ck_maintenance_tickets_hold_reason',
  "(status = 'on_hold') = (hold_reason IS NOT NULL) AND (hold_reason IS NULL OR hold_reason IN ('parts', 'vendor', 'access', 'after_hours', 'budget', 'other'))",
)
@Check('ck_maintenance_tickets_location', 'location_id IS NOT NULL OR spot_text IS NOT NULL')
@Check('ck_maintenance_tickets_satisfaction', 'satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5')
@Check(
  'ck_maintenance_tickets_assignment',
  "status IN ('submitted', 'rejected', 'cancelled') OR assignee_user_id IS NOT NULL OR vendor_name IS NOT NULL",
)
@Index('ix_maintenance_tickets_created_at_id', ['createdAt', 'id'])
@Index('ix_maintenance_tickets_agency_id_created_at', ['agencyId', 'createdAt', 'id'])
@Index('ix_maintenance_tickets_status_created_at', ['status', 'createdAt', 'id'])
@Index('ix_maintenance_tickets_trade_code_created_at', ['tradeCode', 'createdAt', 'id'])
@Index('ix_maintenance_tickets_site_id_created_at', ['siteId', 'createdAt', 'id'])
@Index('ix_maintenance_tickets_building_id_created_at', ['buildingId', 'createdAt', 'id'])
@Index('ix_maintenance_tickets_assignee_user_id_created_at', ['assigneeUserId', 'createdAt', 'id'])
@Index('ix_maintenance_tickets_requester_user_id', ['requesterUserId'])
@Index('ix_maintenance_tickets_location_id', ['locationId'])
@Index('ix_maintenance_tickets_closed_at', ['closedAt'])
@Index('ix_maintenance_tickets_resolved_at_open', ['resolvedAt'], { where: "status = 'resolved'" })
@Index('ix_maintenance_tickets_resolved_at', ['resolvedAt'])
// A GiST expression index TypeORM cannot describe: migration TicketFigureIndexes.
@Index('ix_maintenance_tickets_open_span', { synchronize: false })
export class MaintenanceTicket {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** `115-000123`: ROC year and a gap-free serial within it. */
  @Column({ type: 'text' }) number: string;
  @Column({ type: 'text' }) status: TicketStatus;
  @Column({ type: 'text' }) priority: TicketPriority;

  @Column({ type: 'uuid' }) agencyId: string;
  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'fk_maintenance_tickets_agency' })
  agency?: Agency;
  @Column({ type: 'uuid' }) requesterUserId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_user_id', foreignKeyConstraintName: 'fk_maintenance_tickets_requester' })
  requester?: User;

  @Column({ type: 'uuid', nullable: true }) locationId: string | null;
  @ManyToOne(() => Location, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_maintenance_tickets_location' })
  location?: Location;
  @Column({ type: 'uuid', nullable: true }) siteId: string | null;
  @Column({ type: 'uuid', nullable: true }) buildingId: string | null;
  @Column({ type: 'uuid', nullable: true }) floorId: string | null;
  @Column({ type: 'uuid', nullable: true }) roomId: string | null;
  @Column({ type: 'text', nullable: true }) locationLabel: string | null;
  @Column({ type: 'text', nullable: true }) spotText: string | null;

  @Column({ type: 'text' }) tradeCode: string;
  @ManyToOne(() => Trade, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trade_code', foreignKeyConstraintName: 'fk_maintenance_tickets_trade' })
  trade?: Trade;
  @Column({ type: 'text', nullable: true }) subCategory: string | null;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text', nullable: true }) contactPhone: string | null;
  /** The module and record that opened the ticket on a user's behalf, e.g. a dormitory finding. */
  @Column({ type: 'text', nullable: true }) sourceModule: string | null;
  @Column({ type: 'text', nullable: true }) sourceId: string | null;

  @Column({ type: 'uuid', nullable: true }) assigneeUserId: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_user_id', foreignKeyConstraintName: 'fk_maintenance_tickets_assignee' })
  assignee?: User;
  @Column({ type: 'text', nullable: true }) vendorName: string | null;
  @Column({ type: 'text', nullable: true }) holdReason: HoldReason | null;
  @Column({ type: 'text', nullable: true }) resolutionNote: string | null;
  @Column({ type: 'int', default: 0 }) reopenCount: number;
  @Column({ type: 'smallint', nullable: true }) satisfaction: number | null;
  @Column({ type: 'text', nullable: true }) satisfactionComment: string | null;

  @Column({ type: 'int' }) responseTargetMinutes: number;
  @Column({ type: 'int' }) resolutionTargetMinutes: number;
  @Column({ type: 'timestamptz', precision: 3 }) responseDueAt: Date;
  @Column({ type: 'timestamptz', precision: 3 }) resolutionDueAt: Date;
  @Column({ type: 'double precision', default: 0 }) pausedBusinessMinutes: number;
  @Column({ type: 'double precision', default: 0 }) pausedWallMinutes: number;
  /** Start of the current hold when its reason pauses the clock. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) pausedSince: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  /** When the case was brought in from the office's earlier records; null for cases filed here. */
  @Column({ type: 'timestamptz', nullable: true }) importedAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) respondedAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) resolvedAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) closedAt: Date | null;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @VersionColumn() version: number;
}
