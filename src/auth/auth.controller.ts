import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
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
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResult })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: 'wrong username or password' })
  @ApiTooManyRequestsResponse({ type: ErrorBody, description: 'too many failed attempts for this account' })
  login(@Req() request: FastifyRequest & { user: SignedInUser }, @Body() _credentials: LoginDto): Promise<LoginResult> {
    return this.auth.issueToken(request.user);
  }
}
