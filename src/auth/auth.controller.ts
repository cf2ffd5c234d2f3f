import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from './actor';
import { CsrfHeaderMissingError } from './auth.errors';
import { AuthService } from './auth.service';
import { SignedInUser } from './authenticated-user';
import { AnyRole, CurrentActor, Public } from './decorators';
import { LoginDto, LoginResult, SessionUser } from './dto/login.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { clearSessionCookie, needsCsrfHeader, setSessionCookie } from './session-cookie';

type SignInRequest = FastifyRequest & { user: SignedInUser };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResult })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: 'wrong username or password' })
  @ApiTooManyRequestsResponse({ type: ErrorBody, description: 'too many failed attempts for this account' })
  login(@Req() request: SignInRequest, @Body() _credentials: LoginDto): Promise<LoginResult> {
    return this.auth.issueToken(request.user);
  }

  /** The browser's sign-in: the token goes into an httpOnly cookie that scripts cannot read. */
  @Post('session')
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: SessionUser, description: 'sets the httpOnly, SameSite=Strict cookie fo_session' })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: 'wrong username or password' })
  @ApiTooManyRequestsResponse({ type: ErrorBody, description: 'too many failed attempts for this account' })
  async signIn(
    @Req() request: SignInRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() _credentials: LoginDto,
  ): Promise<SessionUser> {
    const { accessToken, expiresIn, user } = await this.auth.issueToken(request.user);
    setSessionCookie(request, reply, accessToken, expiresIn);
    return user;
  }

  @Get('me')
  @AnyRole()
  @ApiOkResponse({ type: SessionUser })
  me(@CurrentActor() actor: Actor): Promise<SessionUser> {
    return this.auth.currentUser(actor.userId);
  }

  /** Public so that an expired session can still be cleared; the CSRF header is still required. */
  @Delete('session')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the session cookie is cleared' })
  @ApiForbiddenResponse({ type: ErrorBody, description: 'the X-Requested-With header is missing' })
  signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): void {
    if (needsCsrfHeader(request)) throw new CsrfHeaderMissingError();
    clearSessionCookie(request, reply);
  }
}
