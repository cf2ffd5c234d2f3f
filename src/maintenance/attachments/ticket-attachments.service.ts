import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { join } from 'node:path';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { NotFoundError } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { TechniciansService } from '../tickets/technicians.service';
import { TicketReaderService } from '../tickets/ticket-reader.service';
import { AttachmentStorage } from './attachment-storage.service';
import { UploadAttachmentDto } from './dto/attachment.dto';
import { TicketAttachment } from './ticket-attachment.entity';

/** Photos and PDFs on tickets, for whoever may see the ticket: bytes in the attachment storage, metadata and sha256 in the database. */
@Injectable()
export class TicketAttachmentsService {
  constructor(
    @InjectRepository(TicketAttachment) private readonly attachments: Repository<TicketAttachment>,
    private readonly reader: TicketReaderService,
    private readonly technicians: TechniciansService,
    private readonly storage: AttachmentStorage,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Actor, ticketId: string, input: UploadAttachmentDto): Promise<TicketAttachment> {
    await this.reader.getVisible(await this.technicians.viewerOf(actor), ticketId);
    return this.storage.store(input, join('maintenance', ticketId), (file) =>
      this.transactions.run((manager) =>
        createAudited(manager, this.audit, actor, TicketAttachment, 'maintenance_ticket_attachment', {
          ticketId,
          ...file,
          uploadedByUserId: actor.userId,
        }),
      ),
    );
  }

  async download(
    actor: Actor,
    ticketId: string,
    attachmentId: string,
  ): Promise<{ attachment: TicketAttachment; bytes: Buffer }> {
    await this.reader.getVisible(await this.technicians.viewerOf(actor), ticketId);
    const attachment = await this.attachments.findOneBy({ id: attachmentId, ticketId });
    if (!attachment) throw new NotFoundError('maintenance_ticket_attachment', attachmentId);
    return { attachment, bytes: await this.storage.read(attachment.storagePath) };
  }
}
