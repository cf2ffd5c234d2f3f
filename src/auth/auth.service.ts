import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config.schema';
import { SignedInUser, TokenPayload } from '../identity/authenticated-user';
import { UsersService } from '../users/users.service';
import { LoginResult, SessionUser } from './dto/login.dto';

/** Issues access tokens for users that passport-local has verified, and says who is signed in. */
@Injectable()
export class AuthService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  /** The signed-in user as the database knows them now (a renamed user sees the new name). */
  async currentUser(userId: string): Promise<SessionUser> {
    const { id, username, displayName, agencyId, roles } = await this.users.getIdentity(userId);
    return { id, username, displayName, agencyId, roles };
  }

  async issueToken(user: SignedInUser): Promise<LoginResult> {
    const payload: TokenPayload = {
      sub: user.id,
      agency: user.agencyId,
      roles: user.roles,
      name: user.displayName,
      ver: user.tokenVersion,
    };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.auth.jwtTtlSeconds });
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.auth.jwtTtlSeconds,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        agencyId: user.agencyId,
        roles: user.roles,
      },
    };
  }
}
