import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { createAudited } from '../audit/audited-changes';
import { NotFoundError } from '../common/errors/domain-error';
import { keysetPage, Page } from '../common/pagination/keyset';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../identity/actor';
import { LocationsService } from '../locations/locations.service';
import { AttachmentStorage, StoredFile } from '../maintenance/attachments/attachment-storage.service';
import { attachmentFile } from '../maintenance/attachments/dto/attachment.dto';
import { DIVISION_RECORD_KIND_LABELS } from './division-record-kinds';
import { DivisionRecord } from './division-record.entity';
import { AttendanceRequiredError, NotACenterError } from './division-records.errors';
import { CreateDivisionRecordDto, DivisionRecordQuery, DivisionRecordView } from './dto/division-record.dto';

const ENTITY = 'division_record';

export function toDivisionRecordView(record: DivisionRecord): DivisionRecordView {
  const { id, kind, heldOn, siteId, attendance, result, resultFileName, createdAt, version } = record;
  const kindLabel = DIVISION_RECORD_KIND_LABELS[kind];
  return { id, kind, kindLabel, heldOn, siteId, attendance, result, resultFileName, createdAt, version };
}

/** Records the division's recurring activities (evaluations, civil-defence training), one per center and day. */
@Injectable()
export class DivisionRecordsService {
  constructor(
    @InjectRepository(DivisionRecord) private readonly records: Repository<DivisionRecord>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly locations: LocationsService,
    private readonly storage: AttachmentStorage,
  ) {}

  async create(actor: Actor, input: CreateDivisionRecordDto): Promise<DivisionRecordView> {
    if (input.kind === 'civil_defence_training' && input.attendance === undefined) throw new AttendanceRequiredError();
    const site = await this.locations.get(input.siteId).catch(() => null);
    if (site?.kind !== 'site') throw new NotACenterError(input.siteId);
    const insert = (file: StoredFile | null) => this.insert(actor, input, file);
    const saved = input.resultFile
      ? await this.storage.store(input.resultFile, 'division-records', insert)
      : await insert(null);
    return toDivisionRecordView(saved);
  }

  list(query: DivisionRecordQuery): Promise<Page<DivisionRecord>> {
    const builder = this.records.createQueryBuilder('record');
    if (query.kind) builder.andWhere('record.kind = :kind', { kind: query.kind });
    if (query.siteId) builder.andWhere('record.site_id = :siteId', { siteId: query.siteId });
    if (query.from) builder.andWhere('record.held_on >= :from', { from: query.from });
    if (query.to) builder.andWhere('record.held_on <= :to', { to: query.to });
    return keysetPage(
      builder,
      { sortColumn: 'record.held_on', sortKey: 'heldOn', idColumn: 'record.id', direction: 'DESC' },
      query,
    );
  }

  async get(id: string): Promise<DivisionRecord> {
    const record = await this.records.findOneBy({ id });
    if (!record) throw new NotFoundError(ENTITY, id);
    return record;
  }

  async resultFile(id: string): Promise<StreamableFile> {
    const record = await this.get(id);
    if (!record.resultStoragePath) throw new NotFoundError(`${ENTITY}.result_file`, id);
    const bytes = await this.storage.read(record.resultStoragePath);
    return attachmentFile({ fileName: record.resultFileName!, contentType: record.resultContentType! }, bytes);
  }

  private insert(actor: Actor, input: CreateDivisionRecordDto, file: StoredFile | null): Promise<DivisionRecord> {
    return this.transactions.run((manager) =>
      createAudited(manager, this.audit, actor, DivisionRecord, ENTITY, {
        kind: input.kind,
        heldOn: input.heldOn,
        siteId: input.siteId,
        attendance: input.attendance ?? null,
        result: input.result ?? null,
        resultFileName: file?.fileName ?? null,
        resultContentType: file?.contentType ?? null,
        resultSizeBytes: file?.sizeBytes ?? null,
        resultSha256: file?.sha256 ?? null,
        resultStoragePath: file?.storagePath ?? null,
        recordedByUserId: actor.userId,
      }),
    );
  }
}
