import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { createAudited } from '../../audit/audited-changes';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { fromProjectRoot } from '../../common/project-root';
import { AppConfig } from '../../config/app-config.schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { AttachmentRejectedError } from '../maintenance.errors';
import { TicketReaderService } from '../tickets/ticket-reader.service';
import { TechniciansService } from '../tickets/technicians.service';
import { UploadAttachmentDto } from './dto/attachment.dto';
import { matchesDeclaredType } from './file-signature';
import { TicketAttachment } from './ticket-attachment.entity';

/**
 * Photos and PDFs on tickets. Bytes go to the configured upload directory (shared storage when
 * several instances run), the metadata and sha256 to the database. Anything refused is refused
 * before a byte is written.
 */
@Injectable()
export class TicketAttachmentsService {
  constructor(
    @InjectRepository(TicketAttachment) private readonly attachments: Repository<TicketAttachment>,
    private readonly reader: TicketReaderService,
    private readonly technicians: TechniciansService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async upload(actor: Actor, ticketId: string, input: UploadAttachmentDto): Promise<TicketAttachment> {
    await this.reader.getVisible(await this.technicians.viewerOf(actor), ticketId);
    const bytes = this.accept(input);
    const storagePath = join('maintenance', ticketId, randomUUID());
    const file = this.absolute(storagePath);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes, { flag: 'wx' });
    try {
      return await this.transactions.run((manager) =>
        createAudited(manager, this.audit, actor, TicketAttachment, 'maintenance_ticket_attachment', {
          ticketId,
          fileName: input.fileName,
          contentType: input.contentType,
          sizeBytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          storagePath,
          uploadedByUserId: actor.userId,
        }),
      );
    } catch (error) {
      // The file system is not part of the transaction: remove the bytes the row would have described.
      await unlink(file).catch(() => undefined);
      throw error;
    }
  }

  async download(actor: Actor, ticketId: string, attachmentId: string): Promise<{ attachment: TicketAttachment; bytes: Buffer }> {
    await this.reader.getVisible(await this.technicians.viewerOf(actor), ticketId);
    const attachment = await this.attachments.findOneBy({ id: attachmentId, ticketId });
    if (!attachment) throw new NotFoundError('maintenance_ticket_attachment', attachmentId);
    return { attachment, bytes: await readFile(this.absolute(attachment.storagePath)) };
  }

  private accept(input: UploadAttachmentDto): Buffer {
    const { maxBytes, allowedTypes } = this.config.uploads;
    if (!allowedTypes.includes(input.contentType)) {
      throw new AttachmentRejectedError('type_not_allowed', `files of type ${input.contentType} are not accepted; allowed: ${allowedTypes.join(', ')}`, { allowedTypes });
    }
    // base64 is 4 characters per 3 bytes: refuse an oversized file before decoding it.
    if (Math.floor((input.dataBase64.length * 3) / 4) - 2 > maxBytes) throw this.tooLarge(maxBytes);
    const bytes = Buffer.from(input.dataBase64, 'base64');
    if (bytes.length > maxBytes) throw this.tooLarge(maxBytes);
    if (!bytes.length) throw new AttachmentRejectedError('empty', 'the file is empty');
    if (!matchesDeclaredType(input.contentType, bytes)) {
      throw new AttachmentRejectedError('content_mismatch', `the file's content is not ${input.contentType}`);
    }
    return bytes;
  }

  private tooLarge(maxBytes: number): AttachmentRejectedError {
    return new AttachmentRejectedError('too_large', `the file is larger than the ${maxBytes}-byte limit`, { maxBytes });
  }

  private absolute(storagePath: string): string {
    return join(fromProjectRoot(this.config.uploads.dir), storagePath);
  }
}
