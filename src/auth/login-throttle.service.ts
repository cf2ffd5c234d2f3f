import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config.schema';
import { LoginFailure } from './login-failure.entity';

/**
 * Refuses sign-in for a username after too many recent failures, across all instances,
 * so that passwords cannot be guessed by brute force.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginFailure) private readonly failures: Repository<LoginFailure>,
    private readonly config: AppConfig,
  ) {}

  async assertNotThrottled(username: string): Promise<void> {
    const { loginMaxFailures, loginFailureWindowSeconds } = this.config.auth;
    const [row] = (await this.failures.query(
      `SELECT count(*)::int AS failures, max(failed_at) AS last
         FROM login_failures WHERE username = $1 AND failed_at > now() - make_interval(secs => $2)`,
      [username, loginFailureWindowSeconds],
    )) as { failures: number; last: Date | null }[];
    if (row.failures >= loginMaxFailures) {
      const retryAfter = Math.max(
        1,
        Math.ceil((row.last!.getTime() + loginFailureWindowSeconds * 1000 - Date.now()) / 1000),
      );
      throw new DomainError(
        'auth.throttled',
        `too many failed sign-ins for this account; try again in ${retryAfter} seconds`,
        HttpStatus.TOO_MANY_REQUESTS,
        {
          retryAfterSeconds: retryAfter,
        },
      );
    }
  }

  async recordFailure(username: string, ipAddress: string | undefined): Promise<void> {
    await this.failures.insert({ username, ipAddress: ipAddress ?? null });
  }

  async clear(username: string): Promise<void> {
    await this.failures.delete({ username });
  }
}
