import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ErrorBody } from '../common/errors/error-body';
import { CONTENT_TYPES } from '../common/export/content-types';
import { Actor } from '../identity/actor';
import { CurrentActor, Roles } from '../identity/decorators';
import { OpenRoundDto, RoundView, UpdateRoundDto } from './dto/review-round.dto';
import { RoundSummaryView } from './dto/round-summary.dto';
import { RequestLinesService } from './request-lines.service';
import { ReviewRoundsService, toRoundView } from './review-rounds.service';
import { RoundSummaryExportService } from './round-summary-export.service';
import { RoundSummaryService } from './round-summary.service';

/** The office (dispatchers: the fleet office) runs the rounds; agency admins read them to file; report viewers read. */
@ApiTags('vehicle-reviews')
@Controller('vehicle-reviews/rounds')
export class ReviewRoundsController {
  constructor(
    private readonly rounds: ReviewRoundsService,
    private readonly lines: RequestLinesService,
    private readonly summaries: RoundSummaryService,
    private readonly exports: RoundSummaryExportService,
  ) {}

  @Get()
  @ApiOperation({ summary: '車輛先期審查：列出審查年度', description: '依預算年度由新到舊。' })
  @Roles('agency_admin', 'dispatcher', 'report_viewer')
  @ApiOkResponse({ type: [RoundView] })
  async list(): Promise<RoundView[]> {
    return (await this.rounds.list()).map(toRoundView);
  }

  @Post()
  @ApiOperation({
    summary: '車輛先期審查：開辦年度審查',
    description:
      '由本處車輛管理（派車調度）開辦，設定受理截止日與經費上限。同一預算年度已開辦回 409 `vehicle_reviews.round_exists`。',
  })
  @Roles('dispatcher')
  @ApiCreatedResponse({ type: RoundView })
  @ApiConflictResponse({ type: ErrorBody, description: '該預算年度已開辦（`vehicle_reviews.round_exists`）' })
  async open(@CurrentActor() actor: Actor, @Body() input: OpenRoundDto): Promise<RoundView> {
    return toRoundView(await this.rounds.open(actor, input));
  }

  @Get(':id')
  @ApiOperation({ summary: '車輛先期審查：查看審查年度' })
  @Roles('agency_admin', 'dispatcher', 'report_viewer')
  @ApiOkResponse({ type: RoundView })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<RoundView> {
    return toRoundView(await this.rounds.get(id));
  }

  @Patch(':id')
  @ApiOperation({
    summary: '車輛先期審查：調整截止日或經費上限',
    description:
      '經費上限不得低於已核列金額，否則回 409 `vehicle_reviews.ceiling_below_approved`（欄位 `ceilingAmount`）。',
  })
  @Roles('dispatcher')
  @ApiOkResponse({ type: RoundView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '上限低於已核列金額，或資料已被他人更新' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: UpdateRoundDto,
  ): Promise<RoundView> {
    return toRoundView(await this.rounds.update(actor, id, input));
  }

  @Get(':id/summary')
  @ApiOperation({
    summary: '車輛先期審查：審查結果統計',
    description: '依車種的申請與核列數量、金額，購置經費依機關類別（警政、消防、其他）的占比，以及施政報告的文字。',
  })
  @Roles('dispatcher', 'report_viewer')
  @ApiOkResponse({ type: RoundSummaryView })
  @ApiNotFoundResponse({ type: ErrorBody })
  async summary(@Param('id', ParseUUIDPipe) id: string): Promise<RoundSummaryView> {
    return this.summaries.summary(await this.rounds.get(id));
  }

  @Get(':id/summary/export')
  @ApiOperation({
    summary: '車輛先期審查：下載審查結果（Excel）',
    description: '統計、機關類別占比與依順位排列的申請明細三個工作表。',
  })
  @Roles('dispatcher', 'report_viewer')
  @ApiProduces(CONTENT_TYPES.xlsx)
  @ApiOkResponse({ description: 'XLSX（中文欄名）', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ErrorBody })
  async export(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const summary = await this.summaries.summary(await this.rounds.get(id));
    const file = await this.exports.export(summary, await this.lines.list(actor, id));
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }
}
