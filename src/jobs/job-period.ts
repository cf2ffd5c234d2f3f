import { DateTime } from 'luxon';
import { TAIPEI_ZONE } from '../common/time/taipei-zone';
import { JobPeriod } from './scheduled-job';

/** The key of the period containing `at`, in Taipei time: `2026-11-22`, `2026-11-22T10:15`, `2026-11`. */
export function periodKeyOf(period: JobPeriod, at: Date): string {
  const local = DateTime.fromJSDate(at, { zone: TAIPEI_ZONE });
  switch (period) {
    case 'quarter-hour':
      return local.set({ minute: Math.floor(local.minute / 15) * 15 }).toFormat("yyyy-LL-dd'T'HH:mm");
    case 'hour':
      return local.toFormat("yyyy-LL-dd'T'HH:00");
    case 'day':
      return local.toFormat('yyyy-LL-dd');
    case 'month':
      return local.toFormat('yyyy-LL');
  }
}
