import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthenticatedUser, TokenPayload } from '../identity/authenticated-user';
import { sessionTokenOf } from '../identity/session-cookie';
import { UsersService } from '../users/users.service';
import { JWT_SECRET } from './jwt-secret.provider';

/**
 * Verifies the token of a bearer header or, from a browser, of the session cookie. Every request
 * looks up the account's active flag and token version (one primary-key read), so that a
 * deactivation, a role change or a password reset revokes the tokens issued before it at once, on
 * every instance. A token without an expiry is refused.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
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
    // jsonwebtoken checks `exp` only when it is present; a token without one would never expire.
    if (typeof payload.exp !== 'number' || typeof payload.ver !== 'number') return false;
    if ((await this.users.activeTokenVersion(payload.sub)) !== payload.ver) return false;
    return { id: payload.sub, agencyId: payload.agency, roles: payload.roles, displayName: payload.name };
  }
}
