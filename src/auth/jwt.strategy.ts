import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthenticatedUser, TokenPayload } from '../identity/authenticated-user';
import { sessionTokenOf } from '../identity/session-cookie';
import { UsersService } from '../users/users.service';
import { JWT_SECRET } from './jwt-secret.provider';

const ACTIVE_CHECK_TTL_MS = 30_000;

/**
 * Verifies the token of a bearer header or, from a browser, of the session cookie. Whether the account is still active is looked up at most every 30
 * seconds per user, so a deactivation takes effect within that time on every instance without a
 * database round trip on every request.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  private readonly activeUntil = new Map<string, number>();

  constructor(
    @Inject(JWT_SECRET) secret: string,
    private readonly users: UsersService,
  ) {
    // A key object, not the string: given a string, jsonwebtoken first tries (and fails) to read a
    // public key on every request, which cost more than the rest of the verification. passport-jwt
    // hands the key to jsonwebtoken as it is; its types only know strings and buffers.
    const key = createSecretKey(Buffer.from(secret)) as unknown as Buffer;
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), sessionTokenOf]),
      secretOrKey: key,
      algorithms: ['HS256'],
    });
  }

  async validate(payload: TokenPayload): Promise<AuthenticatedUser | false> {
    if (!(await this.isStillActive(payload.sub))) return false;
    return { id: payload.sub, agencyId: payload.agency, roles: payload.roles, displayName: payload.name };
  }

  private async isStillActive(userId: string): Promise<boolean> {
    const now = Date.now();
    if ((this.activeUntil.get(userId) ?? 0) > now) return true;
    const active = await this.users.isActive(userId);
    if (active) this.activeUntil.set(userId, now + ACTIVE_CHECK_TTL_MS);
    else this.activeUntil.delete(userId);
    return active;
  }
}
