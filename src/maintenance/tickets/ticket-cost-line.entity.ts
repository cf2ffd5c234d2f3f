import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  ValueTransformer,
} from 'typeorm';
import { MaintenanceTicket } from './maintenance-ticket.entity';

export const COST_KINDS = ['labour', 'material', 'vendor'] as const;
export type CostKind = (typeof COST_KINDS)[number];

/** pg returns numeric as text; amounts here stay far below 2^53. */
export const NUMERIC_AS_NUMBER: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One cost of a repair in NT$; the amount is quantity × unit price, kept by the database. */
@Entity('maintenance_ticket_cost_lines')
@Index('ix_maintenance_ticket_cost_lines_ticket_id', ['ticketId'])
@Check('ck_maintenance_ticket_cost_lines_kind', "kind IN ('labour', 'material', 'vendor')")
@Check(
  'ck_maintenance_ticket_cost_lines_amount',
  'quantity > 0 AND unit_price >= 0 AND amount = round(quantity * unit_price, 2)',
)
export class TicketCostLine {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @ManyToOne(() => MaintenanceTicket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_maintenance_ticket_cost_lines_ticket' })
  ticket?: MaintenanceTicket;
  @Column({ type: 'text' }) kind: CostKind;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC_AS_NUMBER }) quantity: number;
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC_AS_NUMBER }) unitPrice: number;
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: NUMERIC_AS_NUMBER }) amount: number;
  @Column({ type: 'uuid' }) createdByUserId: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
