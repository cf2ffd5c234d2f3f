import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Trade } from '../../trades/trade.entity';
import { TicketPriority } from './sla-clock';

/** Response (first assignment) and resolution targets for one trade and priority, in clock minutes. */
@Entity('maintenance_sla_policies')
@Check('ck_maintenance_sla_policies_priority', "priority IN ('emergency', 'high', 'normal', 'low')")
@Check('ck_maintenance_sla_policies_targets', 'response_minutes > 0 AND resolution_minutes >= response_minutes')
export class SlaPolicy {
  @PrimaryColumn({ type: 'text' }) tradeCode: string;
  @ManyToOne(() => Trade, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trade_code', foreignKeyConstraintName: 'fk_maintenance_sla_policies_trade' })
  trade?: Trade;
  @PrimaryColumn({ type: 'text' }) priority: TicketPriority;
  @Column({ type: 'int' }) responseMinutes: number;
  @Column({ type: 'int' }) resolutionMinutes: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
