import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { CurrentActor, Roles } from '../identity/decorators';
import { DecideLineDto, FileRequestLineDto, RequestLineView } from './dto/request-line.dto';
import { RequestLinesService } from './request-lines.service';
import { ReviewDecisionsService } from './review-decisions.service';

/** Agency admins file their agency's lines and see their outcome; the office reviews every agency's. */
@ApiTags('vehicle-reviews')
@Controller('vehicle-reviews')
export class RequestLinesController {
  constructor(
    private readonly lines: RequestLinesService,
    private readonly decisions: ReviewDecisionsService,
  ) {}

  @Get('rounds/:roundId/lines')
  @ApiOperation({
    summary: '車輛先期審查：列出申請項目',
    description:
      '依審查順位排列（警消逾齡特種車汰換優先，規則見 config/vehicle-review-ranking.json）。機關管理者只看得到自己機關的申請。',
  })
  @Roles('agency_admin', 'dispatcher', 'report_viewer')
  @ApiOkResponse({ type: [RequestLineView] })
  @ApiNotFoundResponse({ type: ErrorBody })
  list(@CurrentActor() actor: Actor, @Param('roundId', ParseUUIDPipe) roundId: string): Promise<RequestLineView[]> {
    return this.lines.list(actor, roundId);
  }

  @Post('rounds/:roundId/lines')
  @ApiOperation({
    summary: '車輛先期審查：提出購置或續租申請',
    description:
      '由機關管理者以自己機關的名義提出，可附報價單等附件。已過受理截止日回 422 `vehicle_reviews.filing_closed`。',
  })
  @Roles('agency_admin')
  @ApiCreatedResponse({ type: RequestLineView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '已過受理截止日，或附件不符規定' })
  file(
    @CurrentActor() actor: Actor,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() input: FileRequestLineDto,
  ): Promise<RequestLineView> {
    return this.lines.file(actor, roundId, input);
  }

  @Get('lines/:id')
  @ApiOperation({ summary: '車輛先期審查：查看申請項目', description: '其他機關的申請視同不存在（404）。' })
  @Roles('agency_admin', 'dispatcher', 'report_viewer')
  @ApiOkResponse({ type: RequestLineView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<RequestLineView> {
    return this.lines.view(actor, id);
  }

  @Post('lines/:id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: '車輛先期審查：審查申請項目',
    description:
      '核列（`approve`，須填核列金額，可少於申請金額）、緩議（`defer`）或不予核列（`reject`，須填理由）；可改判，年度核列總額隨之調整。核列後總額超過經費上限回 409 `vehicle_reviews.ceiling_exceeded`（欄位 `approvedAmount`，`params.remaining` 為尚可核列金額）。',
  })
  @Roles('dispatcher')
  @ApiOkResponse({ type: RequestLineView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '超過經費上限，或資料已被他人更新' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '缺少核列金額或理由，或核列金額、數量超過申請' })
  decide(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: DecideLineDto,
  ): Promise<RequestLineView> {
    return this.decisions.decide(actor, id, input);
  }

  @Get('lines/:id/attachments/:attachmentId')
  @ApiOperation({ summary: '車輛先期審查：下載申請附件' })
  @Roles('agency_admin', 'dispatcher', 'report_viewer')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: '上傳時的原檔' })
  @ApiNotFoundResponse({ type: ErrorBody })
  attachment(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.lines.attachment(actor, id, attachmentId);
  }
}
