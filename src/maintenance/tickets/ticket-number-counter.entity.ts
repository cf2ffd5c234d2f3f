import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last ticket serial handed out in an ROC year. Bumped inside the filing transaction, so
 * the row lock orders concurrent filings and a rolled-back filing gives its number back.
 */
@Entity('maintenance_ticket_counters')
export class TicketNumberCounter {
  @PrimaryColumn({ type: 'int' }) rocYear: number;
  @Column({ type: 'int' }) lastNumber: number;
}
