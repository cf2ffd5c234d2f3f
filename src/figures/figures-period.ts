import { DateTime } from 'luxon';
import { formatRocDate, Period, rocMonthRange, rocYearRange, TAIPEI_ZONE, toRocYear } from '../common/time';
import { parseDateRangeQuery } from '../common/validation/date-range-query';

export type PeriodKind = 'year' | 'month' | 'range';

export interface LabelledPeriod extends Period {
  kind: PeriodKind;
  /** Stable key of the period: `112`, `112-03`, `2022-02-01..2022-06-30`. */
  key: string;
  /** How the report names it: `112年度`, `112年3月`, `111年2月1日至111年6月30日`. */
  label: string;
  /** The period placeholders of the report's sentences. */
  words: PeriodWords;
}

/** `{rocYear}`, `{period}` and `{periodYear}` of a sentence template; a council session reads `本期`. */
export interface PeriodWords {
  rocYear: number;
  period: string;
  periodYear: string;
}

const THIS_PERIOD = '本期';

function rocDay(isoDate: string): string {
  return formatRocDate(DateTime.fromISO(isoDate, { zone: TAIPEI_ZONE }).toJSDate());
}

export function yearPeriod(rocYear: number): LabelledPeriod {
  return {
    ...rocYearRange(rocYear),
    kind: 'year',
    key: String(rocYear),
    label: `${rocYear}年度`,
    words: { rocYear, period: `${rocYear}年度`, periodYear: `${rocYear}年` },
  };
}

export function monthPeriod(rocYear: number, month: number): LabelledPeriod {
  return {
    ...rocMonthRange(rocYear, month),
    kind: 'month',
    key: `${rocYear}-${String(month).padStart(2, '0')}`,
    label: `${rocYear}年${month}月`,
    words: { rocYear, period: `${rocYear}年${month}月`, periodYear: `${rocYear}年${month}月` },
  };
}

/** A council session or any other span of whole days, both ends included. */
export function rangePeriod(from: string, toInclusive: string): LabelledPeriod {
  return {
    ...parseDateRangeQuery(from, toInclusive),
    kind: 'range',
    key: `${from}..${toInclusive}`,
    label: `${rocDay(from)}至${rocDay(toInclusive)}`,
    words: { rocYear: toRocYear(Number(from.slice(0, 4))), period: THIS_PERIOD, periodYear: THIS_PERIOD },
  };
}
