import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How often a closed month's records of one section changed (a late correction, a historical
 * import): the triggers of the migration `FigureMonthParts` raise `version` in the writing
 * transaction itself, whatever service or script wrote; writes to the open month keep nothing.
 */
@Entity('figure_month_changes')
export class FigureMonthChange {
  @PrimaryColumn({ type: 'text' }) section: string;
  /** The month's first day (Taipei calendar). */
  @PrimaryColumn({ type: 'date' }) month: string;
  @Column({ type: 'bigint', default: 1 }) version: string;
}
