import { DateTime } from 'luxon';
import { BadRequestError } from '../common/errors/domain-error';
import { INVALID_PERIOD } from '../common/validation/date-range-query';
import { FiguresQuery } from './dto/figures-query.dto';
import { LabelledPeriod, monthPeriod, rangePeriod, yearPeriod } from './figures-period';

/** The period a query asks for: a ROC year, a month of it, or a span of days. */
export function periodOf(query: FiguresQuery): LabelledPeriod {
  const hasRange = query.from !== undefined || query.to !== undefined;
  if (hasRange && (query.rocYear !== undefined || query.month !== undefined)) {
    throw new BadRequestError(INVALID_PERIOD, 'ask either for rocYear (and month) or for from and to, not both');
  }
  if (hasRange) return rangePeriod(query.from!, query.to!);
  return query.month ? monthPeriod(query.rocYear!, query.month) : yearPeriod(query.rocYear!);
}

const aYearBefore = (isoDate: string) => DateTime.fromISO(isoDate).minus({ years: 1 }).toISODate()!;

/** The same period a year earlier, which the report compares each figure with (29 Feb becomes 28 Feb). */
export function yearEarlierOf(query: FiguresQuery): LabelledPeriod {
  const period = periodOf(query);
  if (period.kind === 'range') return rangePeriod(aYearBefore(query.from!), aYearBefore(query.to!));
  return periodOf({ rocYear: query.rocYear! - 1, month: query.month });
}
