import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { NotFoundError } from '../../common/errors/domain-error';
import { ErrorBody } from '../../common/errors/error-body';
import { Public } from '../../identity/decorators';
import { VerificationView } from '../permits/dto/permit.dto';
import { PermitQueryService } from '../permits/permit-query.service';
import { VERIFY_PATH } from './verification-url';

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** What a printed permit's QR code opens: public, rate limited per client address across instances. */
@ApiTags('parking')
@Controller(VERIFY_PATH)
export class ParkingVerificationController {
  constructor(private readonly queries: PermitQueryService) {}

  @Get(':token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOkResponse({ type: VerificationView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiTooManyRequestsResponse({ type: ErrorBody })
  verify(@Param('token') token: string): Promise<VerificationView> {
    if (!TOKEN.test(token)) throw new NotFoundError('parking_permit', 'for this code');
    return this.queries.verify(token);
  }
}
