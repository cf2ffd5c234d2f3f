import { Body, Controller, Get, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
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
  @ApiOperation({
    summary: '報修：上傳附件（照片、文件）',
    description:
      '檔案以 base64 放在 JSON 中上傳。檔案過大（`maintenance_attachment.too_large`）、類型不允許（`maintenance_attachment.type_not_allowed`）、內容與類型不符（`maintenance_attachment.content_mismatch`）或空檔（`maintenance_attachment.empty`）回 400，不會儲存。',
  })
  @AnyRole()
  @ApiCreatedResponse({ type: AttachmentView })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: '檔案過大、類型不允許或內容與類型不符，未儲存',
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
  @ApiOperation({ summary: '報修：下載附件', description: '回傳上傳時的原始檔案。' })
  @AnyRole()
  @ApiOkResponse({ description: '上傳時的原始檔案' })
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
