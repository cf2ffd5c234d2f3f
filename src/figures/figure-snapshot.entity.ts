import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Figure } from './figure';

export interface SnapshotSection {
  key: string;
  title: string;
  figures: Figure[];
}

/**
 * The figures of one period as computed at one moment, so that the published numbers can be
 * shown again later even after the operational data has changed. Recomputing a period keeps the
 * earlier snapshot as history (superseded, with who computed it and when); one is current.
 */
@Entity('figure_snapshots')
@Index('uq_figure_snapshots_kind_period_key_current', ['kind', 'periodKey'], {
  unique: true,
  where: 'superseded_at IS NULL',
})
@Index('ix_figure_snapshots_kind_period_key_computed_at', ['kind', 'periodKey', 'computedAt'])
@Check('ck_figure_snapshots_kind', "kind IN ('year', 'month', 'range')")
export class FigureSnapshot {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: 'year' | 'month' | 'range';
  @Column({ type: 'text' }) periodKey: string;
  @Column({ type: 'text' }) label: string;
  @Column({ type: 'timestamptz' }) periodStart: Date;
  @Column({ type: 'timestamptz' }) periodEnd: Date;
  @Column({ type: 'timestamptz', default: () => 'now()' }) computedAt: Date;
  /** Who asked for it: a user, or null for the scheduled job. */
  @Column({ type: 'uuid', nullable: true }) computedByUserId: string | null;
  @Column({ type: 'text', default: '排程' }) computedByName: string;
  /** When a recompute replaced it; null for the period's current snapshot. */
  @Column({ type: 'timestamptz', nullable: true }) supersededAt: Date | null;
  @Column({ type: 'jsonb' }) sections: SnapshotSection[];
}
