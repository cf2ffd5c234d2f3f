import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { CONTENT_TYPES } from '../../common/export/content-types';
import { downloadOf } from '../../common/export/table-export';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import { TicketExportService } from '../export/ticket-export.service';
import {
  CreateCommentDto,
  CreateCostLineDto,
  CreateTicketDto,
  TransitionDto,
  TriageTicketDto,
} from './dto/ticket-input.dto';
import { TicketExportQuery, TicketQuery } from './dto/ticket-query.dto';
import { CommentView, CostLineView, TicketDetailView, TicketPage, TicketView } from './dto/ticket-view.dto';
import { FILE_A_REPAIR } from './ticket.examples';
import { TicketsService } from './tickets.service';

@ApiTags('maintenance')
@Controller('maintenance/tickets')
export class TicketsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly exports: TicketExportService,
  ) {}

  @Post()
  @ApiOperation({
    summary: '報修：新增維修案件',
    description:
      '申請人為自己的機關報修；維修調度可代其他機關報修。工種、地點或機關不存在回 404；欄位錯誤回 400（`details.fields`）。案件依工種與優先等級套用 SLA 目標。',
  })
  @Roles('requester', 'maintenance_coordinator')
  @ApiBody({ type: CreateTicketDto, examples: FILE_A_REPAIR })
  @ApiCreatedResponse({ type: TicketView })
  @ApiNotFoundResponse({ type: ErrorBody, description: '工種、地點或機關不存在' })
  file(@CurrentActor() actor: Actor, @Body() input: CreateTicketDto) {
    return this.tickets.file(actor, input);
  }

  @Get()
  @ApiOperation({
    summary: '報修：查詢維修案件',
    description: '新的在前。申請人看得到自己機關的案件，技術員看得到指派給自己及所屬工種的案件，維修調度看得到全部。',
  })
  @AnyRole()
  @ApiOkResponse({
    type: TicketPage,
    description: '新的在前；申請人看得到自己機關的，技術員看得到指派給自己及所屬工種的',
  })
  list(@CurrentActor() actor: Actor, @Query() query: TicketQuery) {
    return this.tickets.list(actor, query);
  }

  @Get('export')
  @ApiOperation({
    summary: '報修：匯出維修案件（CSV／Excel）',
    description: '篩選條件與清單相同，欄位名稱為中文；`format=xlsx` 匯出 Excel。',
  })
  @AnyRole()
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOkResponse({ description: '呼叫者看得到的案件，篩選方式與清單相同，欄位名稱為中文' })
  async export(@CurrentActor() actor: Actor, @Query() query: TicketExportQuery): Promise<StreamableFile> {
    const { format = 'csv', ...filter } = query;
    return downloadOf(await this.exports.export(actor, filter, format));
  }

  @Get(':id')
  @ApiOperation({ summary: '報修：查看維修案件（含歷程、留言、費用）' })
  @AnyRole()
  @ApiOkResponse({ type: TicketDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.tickets.get(actor, id);
  }

  /** Moves the ticket along its lifecycle; who may do what is the lifecycle table's business. */
  @Post(':id/transitions')
  @ApiOperation({
    summary: '報修：變更案件狀態（派工、開始、暫停、完工、確認、退回…）',
    description:
      '依案件狀態與呼叫者身分決定可做的動作：維修調度派工（`assign`，需 `assigneeId`）、退回（`reject`）；技術員開始（`start`）、暫停（`hold`，需 `holdReason`）、完工（`resolve`，需 `resolutionNote`）；申請人確認結案（`confirm`）或重新開啟（`reopen`，需 `reason`）；申請人或維修調度撤銷（`cancel`，需 `reason`）。\n\n拒絕：動作不適用於目前狀態回 409 `maintenance_ticket.illegal_transition`（`details.allowedActions` 列出可做的動作）；動作存在但不是您能做的回 403；缺少必要說明回 422 `maintenance_ticket.input_required`；指派對象不是該工種技術員回 422 `maintenance_ticket.not_assignable`；資料已被他人修改回 409 `maintenance_ticket.stale_version`。',
  })
  @AnyRole()
  @HttpCode(200)
  @ApiOkResponse({ type: TicketView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiForbiddenResponse({ type: ErrorBody, description: '此狀態有這個動作，但不是您可以做的（`forbidden`）' })
  @ApiConflictResponse({
    type: ErrorBody,
    description:
      '目前狀態不能做此動作（`maintenance_ticket.illegal_transition`，`details.allowedActions` 列出可做的動作），或資料已被他人修改',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description:
      '缺少必要的原因、說明或指派對象（`maintenance_ticket.input_required`），或指派對象不可指派（`maintenance_ticket.not_assignable`）',
  })
  transition(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: TransitionDto) {
    return this.tickets.transition(actor, id, input);
  }

  @Patch(':id')
  @ApiOperation({
    summary: '報修：分類案件（工種、優先等級、地點）',
    description: '維修調度修正案件的工種、優先等級等；SLA 期限依新的分類重新計算。需帶回 `version`。',
  })
  @Roles('maintenance_coordinator')
  @ApiOkResponse({ type: TicketView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '資料已被他人修改（`<資料>.stale_version`），請重新讀取後再試' })
  triage(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: TriageTicketDto) {
    return this.tickets.triage(actor, id, input);
  }

  @Post(':id/comments')
  @ApiOperation({ summary: '報修：新增留言', description: '看得到案件的人都能留言。' })
  @AnyRole()
  @ApiCreatedResponse({ type: CommentView })
  @ApiNotFoundResponse({ type: ErrorBody })
  comment(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: CreateCommentDto) {
    return this.tickets.comment(actor, id, input);
  }

  @Post(':id/cost-lines')
  @ApiOperation({ summary: '報修：登錄維修費用', description: '技術員或維修調度登錄料件、工資等費用明細。' })
  @Roles('maintenance_coordinator', 'technician')
  @ApiCreatedResponse({ type: CostLineView })
  @ApiNotFoundResponse({ type: ErrorBody })
  addCost(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: CreateCostLineDto) {
    return this.tickets.addCost(actor, id, input);
  }
}
