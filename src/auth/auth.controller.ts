import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from './actor';
import { AuthService } from './auth.service';
import { SignedInUser } from './authenticated-user';
import { CurrentActor, Public, Roles } from './decorators';
import { LoginDto, LoginResult } from './dto/login.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { SignInLockService } from './sign-in-lock.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly locks: SignInLockService,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResult })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: 'wrong username or password' })
  @ApiTooManyRequestsResponse({
    type: ErrorBody,
    description: 'too many failed attempts for this account from this address, or from many addresses',
  })
  login(@Req() request: FastifyRequest & { user: SignedInUser }, @Body() _credentials: LoginDto): Promise<LoginResult> {
    return this.auth.issueToken(request.user);
  }

  /** Lets a locked-out user sign in again at once, from any address. */
  @Delete('lockouts/:userId')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorBody })
  unlock(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.locks.unlock(actor, userId);
  }
}
