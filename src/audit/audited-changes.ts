import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-error';
import { Actor } from '../identity/actor';
import { AuditService } from './audit.service';

/** Inserts a row and its audit entry (`action`, e.g. `open` or `file` where the domain has a word for it) with the caller's transaction. */
export async function createAudited<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  target: EntityTarget<T>,
  entityType: string,
  values: Partial<T>,
  action = 'create',
): Promise<T> {
  const saved = await manager.save(target, manager.create(target, values as T));
  await audit.record(manager, actor, { entityType, entityId: saved.id, action, after: saved });
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
  return updateLockedAudited(manager, audit, actor, target, entityType, row, apply, action);
}

/**
 * `updateAudited` of a row the caller has already read FOR UPDATE in this transaction (and not
 * changed since), so a hot path does not read and lock it a second time.
 */
export async function updateLockedAudited<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  target: EntityTarget<T>,
  entityType: string,
  row: T,
  apply: (row: T) => void,
  action = 'update',
): Promise<T> {
  const before = { ...row };
  apply(row);
  await writeChanges(manager, target, before, row);
  await audit.record(manager, actor, { entityType, entityId: row.id, action, before, after: row });
  return row;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null)
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/**
 * UPDATEs only the columns `apply` changed, on the row already locked, and takes the new version
 * and update time from RETURNING. (`manager.save` would first select the row again to compare.)
 */
async function writeChanges<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  before: T,
  row: T,
): Promise<void> {
  const metadata = manager.dataSource.getMetadata(target);
  const changes: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    if (column.isPrimary || column.isVersion || column.isCreateDate || column.isUpdateDate) continue;
    const key = column.propertyName;
    if (!sameValue(before[key], row[key])) changes[key] = row[key];
  }
  if (Object.keys(changes).length === 0) return;
  await manager
    .createQueryBuilder()
    .update(target)
    .set(changes as never)
    .whereEntity(row)
    .execute();
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
