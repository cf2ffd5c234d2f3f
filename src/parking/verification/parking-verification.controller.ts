import { Controller, Get, Param, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../common/errors/domain-error';
import { ErrorBody } from '../../common/errors/error-body';
import { Public } from '../../identity/decorators';
import { VerificationView } from '../permits/dto/permit.dto';
import { PermitQueryService } from '../permits/permit-query.service';
import { unknownPermitPage, verificationPage } from './verification-page';
import { VERIFY_PATH } from './verification-url';

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** A browser opening the QR code asks for HTML; API clients (JSON, or any type) keep the JSON. */
function prefersHtml(accept: string | undefined): boolean {
  return /\btext\/html\b/.test(accept ?? '') && !/\bapplication\/json\b/.test(accept ?? '');
}

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
      '任何人掃描停車證上的 QR code 即可查驗其是否有效，不需登入。瀏覽器（`Accept: text/html`）得到手機大小的中文查驗頁（有效與否、停車場、有效期間，不含任何個人資料）；API 用戶端得到 JSON（不含訪客姓名、電話）。每個來源位址每分鐘有次數限制（預設 60 次，429）。代碼不存在回 404 `parking_permit.not_found`（瀏覽器得到「查無此停車證」頁）。',
  })
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ type: VerificationView, examples: VERIFIED_PERMIT })
  @ApiNotFoundResponse({ type: ErrorBody, description: '查無此停車證', examples: UNKNOWN_PERMIT })
  @ApiTooManyRequestsResponse({ type: ErrorBody })
  async verify(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VerificationView | string> {
    void reply.header('vary', 'Accept');
    const html = prefersHtml(request.headers.accept);
    const view = TOKEN.test(token) ? await this.queries.findVerification(token) : null;
    if (!html) {
      if (!view) throw new NotFoundError('parking_permit', 'for this code');
      return view;
    }
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    if (!view) void reply.status(404);
    return view ? verificationPage(view, new Date()) : unknownPermitPage();
  }
}
