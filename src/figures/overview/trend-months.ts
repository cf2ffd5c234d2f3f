import { DateTime } from 'luxon';
import { Period, TAIPEI_ZONE, toRocYear } from '../../common/time';
import { LabelledPeriod } from '../figures-period';

/** One month of a trend: the part of the month inside the period, named `112年3月`. */
export interface TrendMonth extends Period {
  label: string;
}

/**
 * The Taipei months a trend of the period shows: each month the period touches, cut to the
 * period (a council session starting on the 15th counts from the 15th). A single month alone
 * says nothing about a trend, so a month period shows its ROC year up to and including it.
 */
export function trendMonths(period: LabelledPeriod): TrendMonth[] {
  const end = DateTime.fromJSDate(period.end, { zone: TAIPEI_ZONE });
  const start = DateTime.fromJSDate(period.start, { zone: TAIPEI_ZONE });
  const first = period.kind === 'month' ? start.startOf('year') : start;
  const months: TrendMonth[] = [];
  for (let month = first.startOf('month'); month < end; month = month.plus({ months: 1 })) {
    const next = month.plus({ months: 1 });
    months.push({
      label: `${toRocYear(month.year)}年${month.month}月`,
      start: (month < first ? first : month).toJSDate(),
      end: (next > end ? end : next).toJSDate(),
    });
  }
  return months;
}
