import { ApiProperty } from '@nestjs/swagger';
import { BadRequestError } from '../errors/domain-error';
import { dateRange, Period } from '../time';
import { IsIsoDate } from './iso-date';

export const INVALID_PERIOD = 'period.invalid';

/** The `from`..`to` query of every report and figures route: Taipei days, `to` included. */
export class DateRangeQuery {
  @ApiProperty({ example: '2023-01-01', description: 'first day (Asia/Taipei)' })
  @IsIsoDate()
  from: string;
  @ApiProperty({ example: '2023-12-31', description: 'last day, inclusive (Asia/Taipei)' })
  @IsIsoDate()
  to: string;
}

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
