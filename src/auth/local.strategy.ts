import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { DomainError } from '../common/errors/domain-error';
import { SignedInUser } from '../identity/authenticated-user';
import { UsersService } from '../users/users.service';
import { LoginThrottleService } from './login-throttle.service';

/** Checks a username and password for POST /auth/login. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
  ) {
    super({ passReqToCallback: true });
  }

  async validate(request: FastifyRequest, username: string, password: string): Promise<SignedInUser> {
    const name = username.trim().toLowerCase();
    const source = request.ip ?? 'unknown';
    await this.throttle.reserveAttempt(name, source);
    const user = await this.users.verifyCredentials(name, password);
    if (!user) {
      throw new DomainError('auth.invalid_credentials', 'wrong username or password, or the account is inactive', 401);
    }
    await this.throttle.recordSuccess(name, source);
    return {
      id: user.id,
      username: user.username,
      agencyId: user.agencyId,
      roles: user.roles,
      displayName: user.displayName,
      tokenVersion: user.tokenVersion,
    };
  }
}
