import { BadRequestError } from '../errors/domain-error';
import { dateRange, Period } from '../time';

export const INVALID_PERIOD = 'period.invalid';

/**
 * The Taipei days a `from`..`to` query asks for (both `YYYY-MM-DD`, `to` included): the one
 * parser every report and list uses, so a bad or backwards range is always 400 `period.invalid`.
 */
export function parseDateRangeQuery(from: string, to: string): Period {
  try {
    return dateRange(from, to);
  } catch (error) {
    throw new BadRequestError(INVALID_PERIOD, (error as Error).message);
  }
}
