import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config.schema';
import { ANY_SOURCE, LoginThrottle } from './login-throttle.entity';

interface Counter {
  attempts: number;
  windowStartedAt: Date;
  trusted: boolean;
}

/**
 * Counts sign-in attempts before their password is checked, so that however many requests arrive
 * at once, at most the allowed number of them gets to try a password: one atomic upsert per
 * counter, no read-then-write. A stranger who fails from elsewhere locks out only their own
 * address; many addresses failing together lock the account too, except for the address the
 * account last signed in from, so that its user keeps working. An admin can unlock an account.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginThrottle) private readonly throttles: Repository<LoginThrottle>,
    private readonly config: AppConfig,
  ) {}

  /** Counts an attempt for the account from this source, or refuses it with 429 when the limit is spent. */
  async reserveAttempt(username: string, source: string): Promise<void> {
    const { loginMaxFailures, loginMaxAccountFailures } = this.config.auth;
    const pair = await this.count(username, source);
    if (pair.attempts > loginMaxFailures) this.refuse(pair);
    const account = await this.count(username, ANY_SOURCE);
    if (account.attempts > loginMaxAccountFailures && !pair.trusted) this.refuse(account);
  }

  /** Takes back the attempt of a successful sign-in and remembers its source as the account's usual place. */
  async recordSuccess(username: string, source: string): Promise<void> {
    await this.throttles.query(
      `UPDATE login_throttles
          SET attempts = CASE WHEN source = $2 THEN 0 ELSE greatest(attempts - 1, 0) END,
              last_success_at = CASE WHEN source = $2 THEN now() ELSE last_success_at END
        WHERE username = $1 AND source IN ($2, $3)`,
      [username, source, ANY_SOURCE],
    );
  }

  /** Clears every count of an account (an admin's unlock), with the caller's transaction. */
  async unlock(manager: EntityManager, username: string): Promise<number> {
    const [, affected] = (await manager.query(
      'UPDATE login_throttles SET attempts = 0 WHERE username = $1 AND attempts > 0',
      [username],
    )) as [unknown, number];
    return affected;
  }

  /**
   * Deletes the counters whose window ended before `at` and which are not a usual place signed in
   * from within `usualPlaceDays`; returns how many.
   */
  async removeStale(at: Date, usualPlaceDays: number): Promise<number> {
    const [, removed] = (await this.throttles.query(
      `DELETE FROM login_throttles
        WHERE window_started_at < $1::timestamptz - make_interval(secs => $2)
          AND (last_success_at IS NULL OR last_success_at < $1::timestamptz - make_interval(days => $3))`,
      [at, this.config.auth.loginFailureWindowSeconds, usualPlaceDays],
    )) as [unknown, number];
    return removed;
  }

  private async count(username: string, source: string): Promise<Counter> {
    const [counter] = (await this.throttles.query(
      `INSERT INTO login_throttles AS counter (username, source, attempts, window_started_at)
       VALUES ($1, $2, 1, now())
       ON CONFLICT (username, source) DO UPDATE SET
         attempts = CASE WHEN counter.window_started_at > now() - make_interval(secs => $3)
                         THEN counter.attempts + 1 ELSE 1 END,
         window_started_at = CASE WHEN counter.window_started_at > now() - make_interval(secs => $3)
                                  THEN counter.window_started_at ELSE now() END
       RETURNING attempts, window_started_at AS "windowStartedAt", last_success_at IS NOT NULL AS trusted`,
      [username, source, this.config.auth.loginFailureWindowSeconds],
    )) as Counter[];
    return counter;
  }

  private refuse(counter: Counter): never {
    const windowEnd = counter.windowStartedAt.getTime() + this.config.auth.loginFailureWindowSeconds * 1000;
    const retryAfterSeconds = Math.max(1, Math.ceil((windowEnd - Date.now()) / 1000));
    throw new DomainError(
      'auth.throttled',
      `too many sign-in attempts for this account; try again in ${retryAfterSeconds} seconds`,
      HttpStatus.TOO_MANY_REQUESTS,
      { retryAfterSeconds },
    );
  }
}
