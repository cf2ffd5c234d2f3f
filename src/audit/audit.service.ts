import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { keysetPage, Page } from '../common/pagination/keyset';
import { Actor } from '../identity/actor';
import { AuditEntry } from './audit-entry.entity';
import { AuditQuery } from './dto/audit-query.dto';

const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'token', 'verificationToken']);

export interface AuditChange {
  entityType: string;
  entityId: string;
  action: string;
  before?: object | null;
  after?: object | null;
}

// One text for every entry: built by the query builder, this insert cost more CPU than the
// change it records on the hot write paths.
const INSERT_ENTRY = `INSERT INTO audit_entries
  (actor_user_id, actor_agency_id, actor_name, entity_type, entity_id, action, before, after, request_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

function asJson(values: Record<string, unknown> | null): string | null {
  return values && JSON.stringify(values);
}

function redact(values: object | null | undefined): Record<string, unknown> | null {
  if (!values) return null;
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.has(key)));
}

/**
 * The audit trail. `record` takes the use case's EntityManager so that the entry is written in the
 * same transaction as the change: both land, or neither.
 */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async record(manager: EntityManager, actor: Actor, change: AuditChange): Promise<void> {
    await manager.query(INSERT_ENTRY, [
      actor.userId === SYSTEM_USER_ID ? null : actor.userId,
      actor.agencyId,
      actor.displayName,
      change.entityType,
      change.entityId,
      change.action,
      asJson(redact(change.before)),
      asJson(redact(change.after)),
      actor.requestId,
    ]);
  }

  async list(query: AuditQuery): Promise<Page<AuditEntry>> {
    const builder = this.entries.createQueryBuilder('entry');
    if (query.entityType) builder.andWhere('entry.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) builder.andWhere('entry.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorUserId) builder.andWhere('entry.actor_user_id = :actorUserId', { actorUserId: query.actorUserId });
    if (query.agencyId) builder.andWhere('entry.actor_agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.action) builder.andWhere('entry.action = :action', { action: query.action });
    if (query.requestId) builder.andWhere('entry.request_id = :requestId', { requestId: query.requestId });
    if (query.from) builder.andWhere('entry.occurred_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('entry.occurred_at < :to', { to: query.to });
    return keysetPage(builder, { idColumn: 'entry.id', direction: 'DESC' }, query);
  }
}
