import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config.schema';
import { UsersService } from '../users/users.service';
import { AuthenticatedUser, TokenPayload } from './authenticated-user';
import { LoginResult } from './dto/login.dto';

/** Issues access tokens for users that passport-local has verified. */
@Injectable()
export class AuthService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async issueToken(user: AuthenticatedUser): Promise<LoginResult> {
    const payload: TokenPayload = { sub: user.id, agency: user.agencyId, roles: user.roles, name: user.displayName };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.auth.jwtTtlSeconds });
    const account = await this.users.getVisible({ ...user, userId: user.id, requestId: 'login' }, user.id);
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.auth.jwtTtlSeconds,
      user: { id: user.id, username: account.username, displayName: user.displayName, agencyId: user.agencyId, roles: user.roles },
    };
  }
}
