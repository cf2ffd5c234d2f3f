import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/domain-error';
import { AuditService } from './audit.service';

/** Inserts a row and its audit entry with the caller's transaction. */
export async function createAudited<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  target: EntityTarget<T>,
  entityType: string,
  values: Partial<T>,
): Promise<T> {
  const saved = await manager.save(target, manager.create(target, values as T));
  await audit.record(manager, actor, { entityType, entityId: saved.id, action: 'create', after: saved });
  return saved;
}

/**
 * Locks a row, applies a change and writes the audit entry with before/after values, all with the
 * caller's transaction. Returns the saved row.
 */
export async function updateAudited<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  target: EntityTarget<T>,
  entityType: string,
  id: string,
  apply: (row: T) => void,
  action = 'update',
): Promise<T> {
  const row = await manager.findOne(target, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw new NotFoundError(entityType, id);
  const before = { ...row };
  apply(row);
  const saved = await manager.save(target, row);
  await audit.record(manager, actor, { entityType, entityId: id, action, before, after: saved });
  return saved;
}

/** Deletes a row and writes the audit entry with its last values. */
export async function deleteAudited<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  target: EntityTarget<T>,
  entityType: string,
  id: string,
): Promise<void> {
  const row = await manager.findOne(target, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw new NotFoundError(entityType, id);
  await manager.remove(target, row);
  await audit.record(manager, actor, { entityType, entityId: id, action: 'delete', before: row });
}
