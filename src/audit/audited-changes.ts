import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { NotFoundError } from '../common/errors/domain-error';
import { Actor } from '../identity/actor';
import { AuditService } from './audit.service';

/**
 * Inserts a row and its audit entry (`action`, e.g. `open` or `file` where the domain has a word for
 * it) with the caller's transaction. Returns the row as reading it back would: the values given,
 * what PostgreSQL generated (id, defaults, version) and null in every other column, so a use case
 * can answer with it instead of a second read. (`manager.insert`, not `save`: save plans subjects
 * and cascades for the one new row, which cost more CPU than the insert on the hot write paths.)
 */
export async function createAudited<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  target: EntityTarget<T>,
  entityType: string,
  values: Partial<T>,
  action = 'create',
): Promise<T> {
  const row = manager.create(target, values as T);
  const { generatedMaps } = await manager.insert(target, row as QueryDeepPartialEntity<T>);
  for (const column of manager.connection.getMetadata(target).columns) {
    if (column.isVirtual || !column.isSelect) continue;
    const generated = column.getEntityValue(generatedMaps[0]);
    // Hydrated as `save` does (a transformer's type, not the driver's text); the rest are null.
    if (generated !== undefined && generated !== null)
      column.setEntityValue(row, manager.connection.driver.prepareHydratedValue(generated, column));
    else if (column.getEntityValue(row) === undefined) column.setEntityValue(row, null);
  }
  await audit.record(manager, actor, { entityType, entityId: row.id, action, after: row });
  return row;
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
