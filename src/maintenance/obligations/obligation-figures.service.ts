import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Period, TAIPEI_ZONE } from '../../common/time';
import { OBLIGATION_KINDS, ObligationKind, STATUTORY_INSPECTION_KINDS } from './obligation-kinds';
import { ObligationOccurrence } from './obligation-occurrence.entity';

/** What the yearly report counts of the statutory work, e.g. 自衛消防編組訓練 (2 per center per year). */
export interface ObligationFigures {
  statutoryInspectionsCompleted: number;
  fireDrillsHeld: number;
  /** Fire drills per center (site id), to hold against the two a year each center owes. */
  fireDrillsBySite: Record<string, number>;
  completedByKind: Record<ObligationKind, number>;
}

/** Counts occurrences completed in a period, by the Taipei date the work was done. */
@Injectable()
export class ObligationFiguresService {
  constructor(@InjectRepository(ObligationOccurrence) private readonly occurrences: Repository<ObligationOccurrence>) {}

  async figuresFor(period: Period): Promise<ObligationFigures> {
    const rows = (await this.occurrences.query(
      `SELECT o.kind, o.site_id, count(*)::int AS completed
       FROM maintenance_obligation_occurrences occurrence
       JOIN maintenance_obligations o ON o.id = occurrence.obligation_id
       WHERE occurrence.status = 'completed'
         AND occurrence.completed_on >= ($1::timestamptz AT TIME ZONE $3)::date
         AND occurrence.completed_on < ($2::timestamptz AT TIME ZONE $3)::date
       GROUP BY o.kind, o.site_id`,
      [period.start, period.end, TAIPEI_ZONE],
    )) as { kind: ObligationKind; site_id: string; completed: number }[];
    const completedByKind = Object.fromEntries(OBLIGATION_KINDS.map((kind) => [kind, 0])) as Record<
      ObligationKind,
      number
    >;
    const fireDrillsBySite: Record<string, number> = {};
    for (const row of rows) {
      completedByKind[row.kind] += row.completed;
      if (row.kind === 'fire_drill') fireDrillsBySite[row.site_id] = row.completed;
    }
    return {
      statutoryInspectionsCompleted: STATUTORY_INSPECTION_KINDS.reduce((sum, kind) => sum + completedByKind[kind], 0),
      fireDrillsHeld: completedByKind.fire_drill,
      fireDrillsBySite,
      completedByKind,
    };
  }
}
