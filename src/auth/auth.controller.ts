import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { SignedInUser } from '../identity/authenticated-user';
import { AnyRole, CurrentActor, Public, Roles } from '../identity/decorators';
import { CsrfHeaderMissingError } from '../identity/identity.errors';
import { clearSessionCookie, needsCsrfHeader, setSessionCookie } from '../identity/session-cookie';
import { AuthService } from './auth.service';
import { LoginDto, LoginResult, SessionUser } from './dto/login.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { SignInLockService } from './sign-in-lock.service';

type SignInRequest = FastifyRequest & { user: SignedInUser };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly locks: SignInLockService,
  ) {}

  @Post('login')
  @ApiOperation({
    summary: '登入：以帳號密碼取得存取權杖',
    description:
      '驗證帳號密碼，回傳 `accessToken`（JWT），之後以 `Authorization: Bearer` 標頭送出。帳號或密碼錯誤回 401；同一帳號自同一位址 15 分鐘內失敗 5 次，或自所有位址共失敗 50 次（該帳號慣用位址除外），即暫時鎖定，期間回 429 `auth.throttled`；系統管理者可解除鎖定。',
  })
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResult })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: '帳號或密碼錯誤（`auth.unauthenticated`）' })
  @ApiTooManyRequestsResponse({
    type: ErrorBody,
    description: '此帳號自此位址登入失敗次數過多，或自多個位址失敗過多，暫時鎖定（`auth.throttled`）',
  })
  login(@Req() request: SignInRequest, @Body() _credentials: LoginDto): Promise<LoginResult> {
    return this.auth.issueToken(request.user);
  }

  /** The browser's sign-in: the token goes into an httpOnly cookie that scripts cannot read. */
  @Post('session')
  @ApiOperation({
    summary: '登入：瀏覽器登入（工作階段 cookie）',
    description:
      '驗證帳號密碼，把權杖放進 httpOnly、SameSite=Strict 的 cookie `fo_session`（經 HTTPS 時加 Secure），回傳使用者。之後以 cookie 送出的非 GET 請求須帶標頭 `X-Requested-With: facilities-ops`。錯誤同 `POST /auth/login`。',
  })
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: SessionUser, description: '已設定工作階段 cookie `fo_session`' })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: '帳號或密碼錯誤（`auth.unauthenticated`）' })
  @ApiTooManyRequestsResponse({ type: ErrorBody, description: '登入失敗次數過多，暫時鎖定（`auth.throttled`）' })
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
  @ApiOperation({ summary: '登入：目前登入的使用者', description: '回傳目前權杖或工作階段所屬的使用者、機關與角色。' })
  @AnyRole()
  @ApiOkResponse({ type: SessionUser })
  me(@CurrentActor() actor: Actor): Promise<SessionUser> {
    return this.auth.currentUser(actor.userId);
  }

  /** Public so that an expired session can still be cleared; the CSRF header is still required. */
  @Delete('session')
  @ApiOperation({
    summary: '登入：登出（清除工作階段）',
    description:
      '清除工作階段 cookie。公開操作，讓已過期的工作階段也能登出；以 cookie 送出時仍須帶標頭 `X-Requested-With: facilities-ops`，否則回 403 `auth.csrf_header_missing`。',
  })
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: '已清除工作階段 cookie' })
  @ApiForbiddenResponse({ type: ErrorBody, description: '缺少標頭 `X-Requested-With`（`auth.csrf_header_missing`）' })
  signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): void {
    if (needsCsrfHeader(request)) throw new CsrfHeaderMissingError();
    clearSessionCookie(request, reply);
  }

  /** Lets a locked-out user sign in again at once, from any address. */
  @Delete('lockouts/:userId')
  @ApiOperation({
    summary: '登入：解除帳號鎖定',
    description: '系統管理者解除某帳號因登入失敗過多而生的鎖定，該使用者可立即自任何位址登入。找不到使用者回 404。',
  })
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '已解除鎖定' })
  @ApiNotFoundResponse({ type: ErrorBody })
  unlock(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.locks.unlock(actor, userId);
  }
}
