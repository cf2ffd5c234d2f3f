import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config.schema';
import { SignedInUser, TokenPayload } from './authenticated-user';
import { LoginResult } from './dto/login.dto';

/** Issues access tokens for users that passport-local has verified. */
@Injectable()
export class AuthService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

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
