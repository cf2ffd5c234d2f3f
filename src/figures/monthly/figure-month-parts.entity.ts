import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One closed month's parts of one section's figures (see `MonthlyFigures`), so that a year reads
 * twelve rows instead of a year of records. `version` is the month's change count
 * (`figure_month_changes`) the parts were counted at: when a write changes the month later, its
 * version moves on and the parts are counted again on the next read.
 */
@Entity('figure_month_parts')
@Check('ck_figure_month_parts_month', "month = date_trunc('month', month)")
export class FigureMonthParts {
  @PrimaryColumn({ type: 'text' }) section: string;
  /** The month's first day (Taipei calendar). */
  @PrimaryColumn({ type: 'date' }) month: string;
  @Column({ type: 'bigint' }) version: string;
  @Column({ type: 'int' }) partsVersion: number;
  @Column({ type: 'jsonb' }) parts: unknown;
  @Column({ type: 'timestamptz', default: () => 'now()' }) computedAt: Date;
}
