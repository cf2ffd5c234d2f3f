import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { NotFoundError } from '../../common/errors/domain-error';
import { ErrorBody } from '../../common/errors/error-body';
import { Public } from '../../identity/decorators';
import { VerificationView } from '../permits/dto/permit.dto';
import { PermitQueryService } from '../permits/permit-query.service';
import { VERIFY_PATH } from './verification-url';

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** What a printed permit's QR code opens: public, rate limited per client address across instances. */
import { UNKNOWN_PERMIT, VERIFIED_PERMIT } from '../permits/permit.examples';
@ApiTags('parking')
@Controller(VERIFY_PATH)
export class ParkingVerificationController {
  constructor(private readonly queries: PermitQueryService) {}

  @Get(':token')
  @ApiOperation({
    summary: '停車證：公開查驗（掃描 QR code）',
    description:
      '任何人掃描停車證上的 QR code 即可查驗其是否有效，不需登入；只回傳查驗所需的資料（不含訪客姓名、電話）。每個來源位址每分鐘有次數限制（預設 60 次，429）。代碼不存在回 404 `parking_permit.not_found`。',
  })
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOkResponse({ type: VerificationView, examples: VERIFIED_PERMIT })
  @ApiNotFoundResponse({ type: ErrorBody, description: '查無此停車證', examples: UNKNOWN_PERMIT })
  @ApiTooManyRequestsResponse({ type: ErrorBody })
  verify(@Param('token') token: string): Promise<VerificationView> {
    if (!TOKEN.test(token)) throw new NotFoundError('parking_permit', 'for this code');
    return this.queries.verify(token);
  }
}
