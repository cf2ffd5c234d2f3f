import { Body, Controller, Get, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor } from '../../identity/decorators';
import { AttachmentView } from '../tickets/dto/ticket-view.dto';
import { attachmentFile, toAttachmentView, UploadAttachmentDto } from './dto/attachment.dto';
import { TicketAttachmentsService } from './ticket-attachments.service';

/** Uploads are JSON with the file base64-encoded, so the shared bootstrap needs no multipart parser. */
@ApiTags('maintenance')
@Controller('maintenance/tickets/:ticketId/attachments')
export class TicketAttachmentsController {
  constructor(private readonly attachments: TicketAttachmentsService) {}

  @Post()
  @AnyRole()
  @ApiCreatedResponse({ type: AttachmentView })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: 'too large, a type not allowed, or content not matching the type; nothing is stored',
  })
  @ApiNotFoundResponse({ type: ErrorBody })
  async upload(
    @CurrentActor() actor: Actor,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Body() input: UploadAttachmentDto,
  ): Promise<AttachmentView> {
    return toAttachmentView(await this.attachments.upload(actor, ticketId, input));
  }

  @Get(':attachmentId')
  @AnyRole()
  @ApiOkResponse({ description: 'the file as uploaded' })
  @ApiNotFoundResponse({ type: ErrorBody })
  async download(
    @CurrentActor() actor: Actor,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    const { attachment, bytes } = await this.attachments.download(actor, ticketId, attachmentId);
    return attachmentFile(attachment, bytes);
  }
}
