import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { attachmentFile, toAttachmentView, UploadAttachmentDto } from '../attachments/dto/attachment.dto';
import { AttachmentView } from '../tickets/dto/ticket-view.dto';
import {
  CompletedOccurrenceView,
  CompleteOccurrenceDto,
  OccurrencePage,
  OccurrenceQuery,
  OccurrenceView,
} from './dto/occurrence.dto';
import { OccurrenceAttachmentsService } from './occurrence-attachments.service';
import { OccurrenceCompletionService } from './occurrence-completion.service';
import { OccurrencesService } from './occurrences.service';

/** The due dates of the obligations: what is coming, what is late, their certificates and completion. */
@ApiTags('maintenance obligations')
@Controller('maintenance/obligation-occurrences')
export class OccurrencesController {
  constructor(
    private readonly occurrences: OccurrencesService,
    private readonly completion: OccurrenceCompletionService,
    private readonly attachments: OccurrenceAttachmentsService,
  ) {}

  @Get()
  @ApiOperation({ summary: '定期維護：列出應辦期限', description: '期限近的在前；`status=overdue` 列出逾期未辦的。' })
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: OccurrencePage, description: '期限近的在前；`status=overdue` 列出逾期的' })
  list(@Query() query: OccurrenceQuery) {
    return this.occurrences.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '定期維護：查看一次應辦期限' })
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: OccurrenceView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.occurrences.get(id);
  }

  @Post(':id/complete')
  @ApiOperation({
    summary: '定期維護：完成一次應辦工作',
    description:
      '須先上傳本次的證明或報告並以 `certificateAttachmentId` 指定（422 `maintenance_obligation.certificate_required`）；不合格須列出缺失項目（422 `maintenance_obligation.failed_items`），每一項缺失自動開立改善維修案件；完成日不可在未來（422 `maintenance_obligation.completed_in_future`）。已完成回 409 `maintenance_obligation.already_completed`。完成後工作前進到下一次期限。',
  })
  @Roles('maintenance_coordinator')
  @HttpCode(200)
  @ApiOkResponse({
    type: CompletedOccurrenceView,
    description: '工作前進到下一次期限；每一項缺失開立一件改善維修案件',
  })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({
    type: ErrorBody,
    description: '已完成（`maintenance_obligation.already_completed`），或資料已被他人修改',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '沒有本次的證明或報告、不合格卻未列缺失，或完成日在未來',
  })
  complete(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: CompleteOccurrenceDto) {
    return this.completion.complete(actor, id, input);
  }

  @Post(':id/attachments')
  @ApiOperation({
    summary: '定期維護：上傳證明或報告',
    description: '檔案以 base64 放在 JSON 中上傳；過大、類型不允許或內容不符回 400，不會儲存。',
  })
  @Roles('maintenance_coordinator')
  @ApiCreatedResponse({ type: AttachmentView })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: '檔案過大、類型不允許或內容與類型不符，未儲存',
  })
  @ApiNotFoundResponse({ type: ErrorBody })
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: UploadAttachmentDto,
  ): Promise<AttachmentView> {
    return toAttachmentView(await this.attachments.upload(actor, id, input));
  }

  @Get(':id/attachments/:attachmentId')
  @ApiOperation({ summary: '定期維護：下載證明或報告' })
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ description: '上傳時的原始檔案' })
  @ApiNotFoundResponse({ type: ErrorBody })
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    const { attachment, bytes } = await this.attachments.download(id, attachmentId);
    return attachmentFile(attachment, bytes);
  }
}
