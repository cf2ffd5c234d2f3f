import { DateTime } from 'luxon';
import { TAIPEI_ZONE } from '../../common/time';
import { tryParseIsoDate } from '../../common/time/local-date';

export interface WindowRules {
  /** Taipei date today, `YYYY-MM-DD`. */
  today: string;
  /** Most days one permit may cover. */
  maxDays: number;
  /** How far ahead a permit may start, in days from today. */
  maxDaysAhead: number;
}

export type WindowCheck = { ok: true; days: string[] } | { ok: false; reason: string };

function dayOf(text: string): DateTime | undefined {
  return tryParseIsoDate(text, TAIPEI_ZONE);
}

/**
 * Checks a permit's validity window, whole Taipei days from `validFrom` through `validTo`, and
 * lists its days in order (the order the per-day counters are locked in).
 */
export function checkWindow(validFrom: string, validTo: string, rules: WindowRules): WindowCheck {
  const from = dayOf(validFrom);
  const to = dayOf(validTo);
  const today = dayOf(rules.today)!;
  if (!from) return { ok: false, reason: `validFrom "${validFrom}" is not a date (YYYY-MM-DD)` };
  if (!to) return { ok: false, reason: `validTo "${validTo}" is not a date (YYYY-MM-DD)` };
  if (to < from) return { ok: false, reason: `validTo ${validTo} is before validFrom ${validFrom}` };
  if (from < today) return { ok: false, reason: `validFrom ${validFrom} is in the past (today is ${rules.today})` };
  const ahead = from.diff(today, 'days').days;
  if (ahead > rules.maxDaysAhead)
    return { ok: false, reason: `validFrom ${validFrom} is more than ${rules.maxDaysAhead} days ahead` };
  const length = to.diff(from, 'days').days + 1;
  if (length > rules.maxDays)
    return { ok: false, reason: `the window covers ${length} days; a permit covers at most ${rules.maxDays}` };
  return { ok: true, days: Array.from({ length }, (_, index) => from.plus({ days: index }).toISODate()!) };
}
