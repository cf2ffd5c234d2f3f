import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AgenciesService } from '../../agencies/agencies.service';
import { ErrorBody } from '../../common/errors/error-body';
import { CONTENT_TYPES } from '../../common/export/content-types';
import { Page } from '../../common/pagination/keyset';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { ParkingLotsService } from '../lots/parking-lots.service';
import { ParkingSettings } from '../parking-settings';
import { verificationUrlOf } from '../verification/verification-url';
import {
  BulkIssueDto,
  BulkIssueView,
  IssuedPermitView,
  IssuePermitDto,
  PermitPage,
  PermitQuery,
  PermitView,
  RevokePermitDto,
} from './dto/permit.dto';
import { ParkingPermit } from './parking-permit.entity';
import { IssuedPermit, PermitIssueService } from './permit-issue.service';
import { PermitPdfService } from './permit-pdf.service';
import { PermitQueryService } from './permit-query.service';
import { ISSUE_A_PERMIT, ISSUE_BAD_INPUT, ISSUE_CONFLICTS } from './permit.examples';

function viewOf(permit: ParkingPermit): PermitView {
  const {
    rocYear: _year,
    serialNumber: _number,
    anonymisedAt: _anonymisedAt,
    createdAt: _created,
    updatedAt: _updated,
    lot: _lot,
    agencyVisited: _agency,
    issuedBy: _by,
    verificationToken: _token,
    ...view
  } = permit;
  return view;
}

@ApiTags('parking')
@Controller('parking/permits')
@ApiForbiddenResponse({
  type: ErrorBody,
  description: '不是停車證核發人員，或不是該停車場的核發人員（`parking.not_lot_officer`）',
})
export class ParkingPermitsController {
  constructor(
    private readonly issuing: PermitIssueService,
    private readonly queries: PermitQueryService,
    private readonly pdf: PermitPdfService,
    private readonly lots: ParkingLotsService,
    private readonly agencies: AgenciesService,
    private readonly settings: ParkingSettings,
  ) {}

  @Post()
  @ApiOperation({
    summary: '停車證：核發臨時停車證',
    description:
      '核發人員只能為自己負責的停車場核發（403 `parking.not_lot_officer`）。車牌格式錯誤回 400 `parking.invalid_plate`；期間過長（預設最多 7 天）、太遠（預設 90 天內）或結束早於開始回 400 `parking.invalid_window`；同一車牌同一停車場期間重疊回 409 `parking.plate_overlap`（`details.existingSerial` 為既有證號）；某日已無臨時車位回 409 `parking.lot_full`（`details.day`）。回應含驗證網址（印在 QR code 上）。',
  })
  @Roles('parking_officer')
  @ApiBody({ type: IssuePermitDto, examples: ISSUE_A_PERMIT })
  @ApiCreatedResponse({ type: IssuedPermitView })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: '車牌格式 `parking.invalid_plate` 或期間 `parking.invalid_window` 不符規定',
    examples: ISSUE_BAD_INPUT,
  })
  @ApiConflictResponse({
    type: ErrorBody,
    description: '`parking.plate_overlap` 附既有證號；`parking.lot_full` 附額滿的日期',
    examples: ISSUE_CONFLICTS,
  })
  async issue(
    @CurrentActor() actor: Actor,
    @Body() input: IssuePermitDto,
    @Req() request: FastifyRequest,
  ): Promise<IssuedPermitView> {
    return this.issuedView(await this.issuing.issue(actor, input), request);
  }

  @Post('bulk')
  @ApiOperation({
    summary: '停車證：批次核發（例如大型會議）',
    description:
      '全部成功或全部不核發：有問題的行列在 `details.lines`（400 或 409 `parking.bulk_refused`），車位不足的日期列在 `details.fullDays`。',
  })
  @Roles('parking_officer')
  @ApiCreatedResponse({ type: BulkIssueView })
  @ApiBadRequestResponse({ type: ErrorBody, description: '`parking.bulk_refused`：`details.lines` 列出每一行的問題' })
  @ApiConflictResponse({
    type: ErrorBody,
    description: '`parking.bulk_refused`：`details.lines` 與 `details.fullDays` 列出衝突的車牌與額滿的日期',
  })
  async issueBulk(
    @CurrentActor() actor: Actor,
    @Body() input: BulkIssueDto,
    @Req() request: FastifyRequest,
  ): Promise<BulkIssueView> {
    const issued = await this.issuing.issueBulk(actor, input);
    return { permits: issued.map((one) => this.issuedView(one, request)) };
  }

  /** Look-up by plate, serial or visitor, newest first. */
  @Get()
  @ApiOperation({ summary: '停車證：查詢停車證', description: '依車牌、證號或訪客查詢，新的在前。' })
  @Roles('parking_officer')
  @ApiOkResponse({ type: PermitPage })
  async list(@CurrentActor() actor: Actor, @Query() query: PermitQuery): Promise<Page<PermitView>> {
    const page = await this.queries.list(actor, query);
    return { items: page.items.map(viewOf), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: '停車證：查看停車證' })
  @Roles('parking_officer')
  @ApiOkResponse({ type: IssuedPermitView })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<IssuedPermitView> {
    const permit = await this.queries.getVisible(actor, id);
    return this.issuedView({ permit, token: await this.queries.tokenOf(id) }, request);
  }

  /** The printable A6 permit with its QR code. */
  @Get(':id/pdf')
  @ApiOperation({ summary: '停車證：列印停車證（PDF）', description: 'A6 大小，含 QR code；掃描後開啟公開查驗頁。' })
  @Roles('parking_officer')
  @ApiProduces(CONTENT_TYPES.pdf)
  @ApiOkResponse({ description: 'PDF 檔', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ErrorBody })
  async print(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const permit = await this.queries.getVisible(actor, id);
    const [lot, agency, token] = await Promise.all([
      this.lots.getById(permit.lotId),
      this.agencies.get(permit.agencyVisitedId),
      this.queries.tokenOf(id),
    ]);
    const pdf = await this.pdf.render({
      permit,
      lot,
      agencyName: agency.name,
      verificationUrl: verificationUrlOf(token, this.settings.values.publicBaseUrl, request),
    });
    await reply
      .header('content-type', CONTENT_TYPES.pdf)
      .header('content-disposition', `inline; filename="${permit.serial}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  }

  @Post(':id/revoke')
  @ApiOperation({
    summary: '停車證：撤銷停車證',
    description: '只有有效的停車證可撤銷（409 `parking.permit_not_active`）；需填寫原因並帶回 `version`。',
  })
  @Roles('parking_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: PermitView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({
    type: ErrorBody,
    description: '停車證不是有效狀態（`parking.permit_not_active`），或資料已被他人修改',
  })
  async revoke(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: RevokePermitDto,
  ): Promise<PermitView> {
    return viewOf(await this.issuing.revoke(actor, id, input));
  }

  private issuedView({ permit, token }: IssuedPermit, request: FastifyRequest): IssuedPermitView {
    return {
      ...viewOf(permit),
      verificationUrl: verificationUrlOf(token, this.settings.values.publicBaseUrl, request),
    };
  }
}
