import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { join } from 'node:path';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { NotFoundError } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { AttachmentStorage } from '../../maintenance/attachments/attachment-storage.service';
import { attachmentFile, UploadAttachmentDto } from '../../maintenance/attachments/dto/attachment.dto';
import { DormitoryLawsuitDocument } from './dormitory-lawsuit-document.entity';
import { DormitoryLawsuitsService } from './dormitory-lawsuits.service';

/**
 * Court documents of dormitory lawsuits, kept in maintenance's attachment storage like patrol
 * photos (same type, size and content checks). Whoever may see the lawsuit may see its documents.
 */
@Injectable()
export class LawsuitDocumentsService {
  constructor(
    @InjectRepository(DormitoryLawsuitDocument) private readonly documents: Repository<DormitoryLawsuitDocument>,
    private readonly lawsuits: DormitoryLawsuitsService,
    private readonly storage: AttachmentStorage,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async add(actor: Actor, lawsuitId: string, input: UploadAttachmentDto): Promise<DormitoryLawsuitDocument> {
    await this.lawsuits.requireVisible(actor, lawsuitId);
    return this.storage.store(input, join('dormitory-lawsuits', lawsuitId), (file) =>
      this.transactions.run((manager) =>
        createAudited(manager, this.audit, actor, DormitoryLawsuitDocument, 'dormitory_lawsuit_document', {
          ...file,
          lawsuitId,
          uploadedByUserId: actor.userId,
        }),
      ),
    );
  }

  async download(actor: Actor, id: string): Promise<StreamableFile> {
    const document = await this.documents.findOneBy({ id });
    if (!document) throw new NotFoundError('dormitory_lawsuit_document', id);
    await this.lawsuits.requireVisible(actor, document.lawsuitId).catch(() => {
      throw new NotFoundError('dormitory_lawsuit_document', id);
    });
    return attachmentFile(document, await this.storage.read(document.storagePath));
  }
}
