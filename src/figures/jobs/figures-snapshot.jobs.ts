import { DateTime } from 'luxon';
import { TAIPEI_ZONE, toRocYear } from '../../common/time';
import { JobRunContext, ScheduledJob } from '../../jobs/scheduled-job';
import { monthPeriod, yearPeriod } from '../figures-period';
import { FiguresService } from '../figures.service';

/** On the 1st of each month, keeps the figures of the month that just ended. */
export class MonthlyFiguresJob implements ScheduledJob {
  readonly name = 'figures.monthly-snapshot';
  readonly cron = '0 0 2 1 * *';
  readonly period = 'month' as const;
  readonly description = '每月1日 02:00 產製上月一般行政統計數據（手動執行即重新計算，保留前次結果）';
  readonly recomputable = true;

  constructor(private readonly figures: FiguresService) {}

  async run(at: Date, { actor }: JobRunContext): Promise<Record<string, unknown>> {
    const previous = DateTime.fromJSDate(at, { zone: TAIPEI_ZONE }).minus({ months: 1 });
    const snapshot = await this.figures.snapshot(monthPeriod(toRocYear(previous.year), previous.month), actor);
    return { periodKey: snapshot.periodKey, snapshotId: snapshot.id, sections: snapshot.sections.length };
  }
}

/** Each January, keeps the figures of the ROC year that just ended, as the yearly report uses them. */
export class YearlyFiguresJob implements ScheduledJob {
  readonly name = 'figures.yearly-snapshot';
  readonly cron = '0 30 2 1 1 *';
  readonly period = 'month' as const;
  readonly description = '每年1月1日 02:30 產製上年度一般行政統計數據（手動執行即重新計算，保留前次結果）';
  readonly recomputable = true;

  constructor(private readonly figures: FiguresService) {}

  async run(at: Date, { actor }: JobRunContext): Promise<Record<string, unknown>> {
    const lastYear = DateTime.fromJSDate(at, { zone: TAIPEI_ZONE }).year - 1;
    const snapshot = await this.figures.snapshot(yearPeriod(toRocYear(lastYear)), actor);
    return { periodKey: snapshot.periodKey, snapshotId: snapshot.id, sections: snapshot.sections.length };
  }
}
