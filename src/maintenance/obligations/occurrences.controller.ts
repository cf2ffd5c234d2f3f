import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
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
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: OccurrencePage, description: 'soonest due first; `status=overdue` lists the late ones' })
  list(@Query() query: OccurrenceQuery) {
    return this.occurrences.list(query);
  }

  @Get(':id')
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: OccurrenceView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.occurrences.get(id);
  }

  @Post(':id/complete')
  @Roles('maintenance_coordinator')
  @HttpCode(200)
  @ApiOkResponse({
    type: CompletedOccurrenceView,
    description: 'the obligation advances to its next due date; each failed item opens a corrective ticket',
  })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'already completed, or a stale version' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'no certificate or report of this occurrence, failed without items, or a future date',
  })
  complete(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: CompleteOccurrenceDto) {
    return this.completion.complete(actor, id, input);
  }

  @Post(':id/attachments')
  @Roles('maintenance_coordinator')
  @ApiCreatedResponse({ type: AttachmentView })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: 'too large, a type not allowed, or content not matching the type; nothing is stored',
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
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ description: 'the file as uploaded' })
  @ApiNotFoundResponse({ type: ErrorBody })
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    const { attachment, bytes } = await this.attachments.download(id, attachmentId);
    return attachmentFile(attachment, bytes);
  }
}
