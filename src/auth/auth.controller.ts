import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ErrorBody } from '../common/errors/error-body';
import { SignedInUser } from '../identity/authenticated-user';
import { Public } from '../identity/decorators';
import { AuthService } from './auth.service';
import { LoginDto, LoginResult } from './dto/login.dto';
import { LocalAuthGuard } from './local-auth.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @ApiOperation({
    summary: '登入：以帳號密碼取得存取權杖',
    description:
      '驗證帳號密碼，回傳 `accessToken`（JWT），之後以 `Authorization: Bearer` 標頭送出。帳號或密碼錯誤回 401；同一帳號 15 分鐘內失敗 5 次即鎖定至該時段結束，期間回 429。',
  })
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResult })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: '帳號或密碼錯誤（`auth.unauthenticated`）' })
  @ApiTooManyRequestsResponse({
    type: ErrorBody,
    description: '此帳號登入失敗次數過多，暫時鎖定（`request.throttled`）',
  })
  login(@Req() request: FastifyRequest & { user: SignedInUser }, @Body() _credentials: LoginDto): Promise<LoginResult> {
    return this.auth.issueToken(request.user);
  }
}
