import { DateTime } from 'luxon';
import { SeriesFrequency } from '../venue.constants';

export interface RecurrenceRule {
  frequency: SeriesFrequency;
  interval: number;
  /** Last date (`YYYY-MM-DD`, office time zone) an occurrence may start on. */
  untilDate: string;
}

export interface Occurrence {
  /** 0 for the first date. */
  index: number;
  date: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The dates of a series: the first window repeated every `interval` days or weeks at the same
 * wall-clock time in `zone`, through `untilDate`. Stops after `limit + 1` dates so a caller can
 * tell that the series is longer than it allows without building all of it.
 */
export function occurrencesOf(
  first: { startsAt: Date; endsAt: Date },
  rule: RecurrenceRule,
  zone: string,
  limit: number,
): Occurrence[] {
  const start = DateTime.fromJSDate(first.startsAt, { zone });
  const durationMs = first.endsAt.getTime() - first.startsAt.getTime();
  const step = rule.frequency === 'daily' ? 'days' : 'weeks';
  const occurrences: Occurrence[] = [];
  for (let index = 0; occurrences.length <= limit; index++) {
    const local = start.plus({ [step]: index * rule.interval });
    const date = local.toISODate()!;
    if (date > rule.untilDate) break;
    occurrences.push({ index, date, startsAt: local.toJSDate(), endsAt: new Date(local.toMillis() + durationMs) });
  }
  return occurrences;
}
