import { Injectable } from '@nestjs/common';
import { FiguresQuery } from '../dto/figures-query.dto';
import { Figure } from '../figure';
import { LabelledPeriod } from '../figures-period';
import { periodOf, yearEarlierOf } from '../figures-query';
import { FiguresReport, FiguresService } from '../figures.service';
import { MAIN_FIGURE_KEYS, REPORT_SENTENCE_KEYS } from './main-figures';
import { trendMonths } from './trend-months';

/** A main figure month by month, e.g. 受理案件 in each month of 112. */
export interface FigureTrend {
  key: string;
  label: string;
  unit: string;
  months: { label: string; value: number }[];
}

/** What the figures page and the report's downloads show for a period. */
export interface FiguresOverview {
  current: FiguresReport;
  /** The same period a year earlier, to compare each figure with. */
  yearEarlier: FiguresReport;
  trends: FigureTrend[];
  /** The report section's sentences in the report's order, each ending with `。`: ready to paste. */
  reportText: string[];
}

/** The figures of a period beside the same period a year earlier, with each main figure's monthly trend. */
@Injectable()
export class FiguresOverviewService {
  constructor(private readonly figures: FiguresService) {}

  async overview(query: FiguresQuery): Promise<FiguresOverview> {
    const period = periodOf(query);
    const [current, yearEarlier] = await Promise.all([
      this.figures.compute(period),
      this.figures.compute(yearEarlierOf(query)),
    ]);
    const figures = current.sections.flatMap((section) => section.figures);
    return { current, yearEarlier, trends: await this.trends(period, figures), reportText: reportText(figures) };
  }

  private async trends(period: LabelledPeriod, figures: Figure[]): Promise<FigureTrend[]> {
    const main = figures.filter((figure) => MAIN_FIGURE_KEYS.includes(figure.key));
    const trends: FigureTrend[] = main.map(({ key, label, unit }) => ({ key, label, unit, months: [] }));
    // Month after month rather than all at once: each month already asks every module in parallel.
    for (const month of trendMonths(period)) {
      const counts = await this.countsOf(month);
      for (const trend of trends) {
        trend.months.push({ label: month.label, value: counts.get(trend.key) ?? 0 });
      }
    }
    return trends;
  }

  private async countsOf(month: { start: Date; end: Date }): Promise<Map<string, number>> {
    const counts = await this.figures.counts(month);
    return new Map(counts.map((count) => [count.key, count.value]));
  }
}

function reportText(figures: Figure[]): string[] {
  const byKey = new Map(figures.map((figure) => [figure.key, figure]));
  return REPORT_SENTENCE_KEYS.flatMap((key) => {
    const figure = byKey.get(key);
    return figure ? [`${figure.sentence}。`] : [];
  });
}
