import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { createAudited } from '../audit/audited-changes';
import { NotFoundError } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor, agencyScopeOf } from '../identity/actor';
import { Role } from '../identity/role';
import { AttachmentStorage, StoredFile } from '../maintenance/attachments/attachment-storage.service';
import { attachmentFile, UploadAttachmentDto } from '../maintenance/attachments/dto/attachment.dto';
import { FileRequestLineDto, RequestLineView } from './dto/request-line.dto';
import { RequestLineViews } from './request-line-views';
import { ReviewRoundsService } from './review-rounds.service';
import { VehicleRequestAttachment } from './vehicle-request-attachment.entity';
import { VehicleRequestLine } from './vehicle-request-line.entity';

export const LINE_ENTITY = 'vehicle_request_line';
const ATTACHMENT_ENTITY = 'vehicle_request_attachment';
const UPLOAD_FOLDER = 'vehicle-reviews';

/** The office (dispatchers) and report viewers see every agency's lines; an agency admin its own. */
export const ROLES_SEEING_ALL_LINES: readonly Role[] = ['dispatcher', 'report_viewer'];

/** Stores each upload in turn, then lets `record` write the rows: one transaction, and no file left if it fails. */
function storeAll<T>(
  storage: AttachmentStorage,
  uploads: UploadAttachmentDto[],
  record: (files: StoredFile[]) => Promise<T>,
  stored: StoredFile[] = [],
): Promise<T> {
  const [next, ...rest] = uploads;
  if (!next) return record(stored);
  return storage.store(next, UPLOAD_FOLDER, (file) => storeAll(storage, rest, record, [...stored, file]));
}

/** The agencies' request lines: filed by their agency admin until the round's deadline, read within the agency scope. */
@Injectable()
export class RequestLinesService {
  constructor(
    @InjectRepository(VehicleRequestLine) private readonly lines: Repository<VehicleRequestLine>,
    @InjectRepository(VehicleRequestAttachment) private readonly attachments: Repository<VehicleRequestAttachment>,
    private readonly rounds: ReviewRoundsService,
    private readonly views: RequestLineViews,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly storage: AttachmentStorage,
  ) {}

  async file(actor: Actor, roundId: string, input: FileRequestLineDto): Promise<RequestLineView> {
    await this.rounds.requireFilingOpen(roundId);
    const saved = await storeAll(this.storage, input.attachments ?? [], (files) =>
      this.insert(actor, roundId, input, files),
    );
    return this.views.one(saved);
  }

  /** The round's lines the actor may see, in review order. */
  async list(actor: Actor, roundId: string): Promise<RequestLineView[]> {
    await this.rounds.get(roundId);
    const scope = agencyScopeOf(actor, ROLES_SEEING_ALL_LINES);
    return this.views.ranked(await this.lines.findBy({ roundId, ...(scope && { agencyId: scope }) }));
  }

  /** A line the actor may see; another agency's line is as if it did not exist. */
  async get(actor: Actor, id: string): Promise<VehicleRequestLine> {
    const line = await this.lines.findOneBy({ id });
    const scope = agencyScopeOf(actor, ROLES_SEEING_ALL_LINES);
    if (!line || (scope && line.agencyId !== scope)) throw new NotFoundError(LINE_ENTITY, id);
    return line;
  }

  async view(actor: Actor, id: string): Promise<RequestLineView> {
    return this.views.one(await this.get(actor, id));
  }

  async attachment(actor: Actor, lineId: string, attachmentId: string): Promise<StreamableFile> {
    await this.get(actor, lineId);
    const attachment = await this.attachments.findOneBy({ id: attachmentId, lineId });
    if (!attachment) throw new NotFoundError(ATTACHMENT_ENTITY, attachmentId);
    return attachmentFile(attachment, await this.storage.read(attachment.storagePath));
  }

  private insert(
    actor: Actor,
    roundId: string,
    input: FileRequestLineDto,
    files: StoredFile[],
  ): Promise<VehicleRequestLine> {
    const { attachments: _uploads, ...fields } = input;
    return this.transactions.run(async (manager) => {
      const line = await manager.save(
        VehicleRequestLine,
        manager.create(VehicleRequestLine, {
          ...fields,
          replacedPlate: fields.replacedPlate?.toUpperCase() ?? null,
          replacedAgeYears: fields.replacedAgeYears ?? null,
          replacedKm: fields.replacedKm ?? null,
          roundId,
          agencyId: actor.agencyId,
          requestedAmount: input.quantity * input.unitPrice,
          state: 'filed',
          filedByUserId: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, {
        entityType: LINE_ENTITY,
        entityId: line.id,
        action: 'file',
        after: line,
      });
      for (const file of files) {
        await createAudited(
          manager,
          this.audit,
          actor,
          VehicleRequestAttachment,
          ATTACHMENT_ENTITY,
          { ...file, lineId: line.id, uploadedByUserId: actor.userId },
          'upload',
        );
      }
      return line;
    });
  }
}
