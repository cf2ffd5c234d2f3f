import { Injectable } from '@nestjs/common';
import { ScheduledJob } from '../../jobs/scheduled-job';
import { LoginThrottleService } from '../login-throttle.service';

/** How long an address an account signed in from stays its usual place without another sign-in. */
export const USUAL_PLACE_DAYS = 90;

/**
 * Nightly: removes sign-in counters that no longer count anything — a window that has ended, on a
 * pair that is not an account's usual place (or has not been for 90 days). Without it, a stranger
 * trying made-up usernames from many addresses would grow the table without end.
 */
@Injectable()
export class LoginThrottlePruneJob implements ScheduledJob {
  readonly name = 'auth.login-throttle-prune';
  readonly cron = '0 20 0 * * *';
  readonly period = 'day' as const;
  readonly description = '清除過期的登入嘗試計數';

  constructor(private readonly throttles: LoginThrottleService) {}

  async run(at: Date): Promise<Record<string, unknown>> {
    return { removed: await this.throttles.removeStale(at, USUAL_PLACE_DAYS) };
  }
}
