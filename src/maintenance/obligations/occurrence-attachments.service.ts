import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { join } from 'node:path';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { NotFoundError } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { AttachmentStorage } from '../attachments/attachment-storage.service';
import { UploadAttachmentDto } from '../attachments/dto/attachment.dto';
import { ObligationAttachment } from './obligation-attachment.entity';
import { ObligationOccurrence } from './obligation-occurrence.entity';

/** Certificates and reports of occurrences, kept in the same storage and under the same limits as ticket attachments. */
@Injectable()
export class OccurrenceAttachmentsService {
  constructor(
    @InjectRepository(ObligationAttachment) private readonly attachments: Repository<ObligationAttachment>,
    @InjectRepository(ObligationOccurrence) private readonly occurrences: Repository<ObligationOccurrence>,
    private readonly storage: AttachmentStorage,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Actor, occurrenceId: string, input: UploadAttachmentDto): Promise<ObligationAttachment> {
    if (!(await this.occurrences.existsBy({ id: occurrenceId })))
      throw new NotFoundError('maintenance_obligation_occurrence', occurrenceId);
    return this.storage.store(input, join('maintenance', 'obligations', occurrenceId), (file) =>
      this.transactions.run((manager) =>
        createAudited(manager, this.audit, actor, ObligationAttachment, 'maintenance_obligation_attachment', {
          occurrenceId,
          ...file,
          uploadedByUserId: actor.userId,
        }),
      ),
    );
  }

  async download(
    occurrenceId: string,
    attachmentId: string,
  ): Promise<{ attachment: ObligationAttachment; bytes: Buffer }> {
    const attachment = await this.attachments.findOneBy({ id: attachmentId, occurrenceId });
    if (!attachment) throw new NotFoundError('maintenance_obligation_attachment', attachmentId);
    return { attachment, bytes: await this.storage.read(attachment.storagePath) };
  }
}
