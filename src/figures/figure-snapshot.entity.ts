import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Figure } from './figure';

export interface SnapshotSection {
  key: string;
  title: string;
  figures: Figure[];
}

/**
 * The figures of one period as computed at one moment, so that the published numbers can be
 * shown again later even after the operational data has changed.
 */
@Entity('figure_snapshots')
@Unique('uq_figure_snapshots_kind_period_key', ['kind', 'periodKey'])
@Check('ck_figure_snapshots_kind', "kind IN ('year', 'month', 'range')")
export class FigureSnapshot {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: 'year' | 'month' | 'range';
  @Column({ type: 'text' }) periodKey: string;
  @Column({ type: 'text' }) label: string;
  @Column({ type: 'timestamptz' }) periodStart: Date;
  @Column({ type: 'timestamptz' }) periodEnd: Date;
  @Column({ type: 'timestamptz', default: () => 'now()' }) computedAt: Date;
  @Column({ type: 'jsonb' }) sections: SnapshotSection[];
}
