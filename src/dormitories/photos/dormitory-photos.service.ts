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
import { DormitoryPatrolsService } from '../patrols/dormitory-patrols.service';
import { ResidenceCheckCampaignService } from '../residence-checks/residence-check-campaign.service';
import { DormitoryPhoto } from './dormitory-photo.entity';

type PhotoOwner = Pick<DormitoryPhoto, 'findingId' | 'residenceCheckId'>;

/**
 * Photos of patrol findings and residence checks, kept in maintenance's attachment storage (the
 * same type, size and content checks as ticket photos). Whoever may see the patrol or the
 * campaign may see its photos.
 */
@Injectable()
export class DormitoryPhotosService {
  constructor(
    @InjectRepository(DormitoryPhoto) private readonly photos: Repository<DormitoryPhoto>,
    private readonly patrols: DormitoryPatrolsService,
    private readonly campaigns: ResidenceCheckCampaignService,
    private readonly storage: AttachmentStorage,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async addToFinding(
    actor: Actor,
    patrolId: string,
    findingId: string,
    input: UploadAttachmentDto,
  ): Promise<DormitoryPhoto> {
    await this.patrols.requireVisible(actor, patrolId);
    await this.patrols.requireFinding(patrolId, findingId);
    return this.store(actor, input, { findingId, residenceCheckId: null });
  }

  async addToCheck(
    actor: Actor,
    campaignId: string,
    checkId: string,
    input: UploadAttachmentDto,
  ): Promise<DormitoryPhoto> {
    await this.campaigns.requireVisible(actor, campaignId);
    await this.campaigns.requireCheck(campaignId, checkId);
    return this.store(actor, input, { findingId: null, residenceCheckId: checkId });
  }

  /** The photo as uploaded, when the actor may see its patrol or campaign. */
  async download(actor: Actor, id: string): Promise<StreamableFile> {
    const photo = await this.photos.findOne({
      where: { id },
      relations: { finding: true, residenceCheck: true },
    });
    if (!photo) throw new NotFoundError('dormitory_photo', id);
    const visible = photo.finding
      ? this.patrols.requireVisible(actor, photo.finding.patrolId)
      : this.campaigns.requireVisible(actor, photo.residenceCheck!.campaignId);
    await visible.catch(() => {
      throw new NotFoundError('dormitory_photo', id);
    });
    return attachmentFile(photo, await this.storage.read(photo.storagePath));
  }

  private store(actor: Actor, input: UploadAttachmentDto, owner: PhotoOwner): Promise<DormitoryPhoto> {
    const folder = join('dormitories', owner.findingId ?? owner.residenceCheckId!);
    return this.storage.store(input, folder, (file) =>
      this.transactions.run((manager) =>
        createAudited(manager, this.audit, actor, DormitoryPhoto, 'dormitory_photo', {
          ...owner,
          ...file,
          uploadedByUserId: actor.userId,
        }),
      ),
    );
  }
}
