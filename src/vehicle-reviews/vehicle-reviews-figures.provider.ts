import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FigureCount, FiguresProvider, ProvidesFigures } from '../common/figures/figures-provider';
import { Period, taipeiDate } from '../common/time';
import { roundFigure, RoundSummaryService } from './round-summary.service';
import { VehicleReviewRound } from './vehicle-review-round.entity';

/**
 * 車輛先期審查: each round whose filing deadline falls in the period (the review is done in the
 * year before its budget year, so the 112 report lists the 113 review), with what it approved.
 */
@Injectable()
@ProvidesFigures()
export class VehicleReviewsFiguresProvider implements FiguresProvider {
  readonly section = { key: 'vehicle_reviews', title: '車輛先期審查', order: 35 };

  constructor(
    @InjectRepository(VehicleReviewRound) private readonly rounds: Repository<VehicleReviewRound>,
    private readonly summaries: RoundSummaryService,
  ) {}

  async figuresFor(period: Period): Promise<FigureCount[]> {
    const lastDay = taipeiDate(new Date(period.end.getTime() - 1));
    const rounds = (await this.rounds.query(
      `SELECT id, budget_year AS "budgetYear" FROM vehicle_review_rounds
        WHERE deadline BETWEEN $1 AND $2 ORDER BY budget_year`,
      [taipeiDate(period.start), lastDay],
    )) as Pick<VehicleReviewRound, 'id' | 'budgetYear'>[];
    return Promise.all(
      rounds.map(async (round) => roundFigure(round.budgetYear, await this.summaries.byKind(round.id))),
    );
  }
}
