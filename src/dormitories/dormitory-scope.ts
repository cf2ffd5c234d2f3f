import { NotFoundError } from '../common/errors/domain-error';
import { Actor, agencyScopeOf } from '../identity/actor';
import { Role } from '../identity/role';

/** Who may read dormitory records; the manager also writes them. */
export const DORMITORY_READERS: Role[] = ['dormitory_manager', 'report_viewer'];

/**
 * The managing agency whose dormitories the actor sees, or null for all. A dormitory manager
 * works on their own agency's dormitories; the report viewer reads every agency's.
 */
export function dormitoryScopeOf(actor: Actor): string | null {
  return agencyScopeOf(actor, ['report_viewer']);
}

/** The row when the scope allows it; a missing row or another agency's is reported as not found. */
export function visibleOrNotFound<T extends { agencyId: string }>(
  row: T | null,
  scope: string | null,
  entity: string,
  id: string,
): T {
  if (!row || (scope && row.agencyId !== scope)) throw new NotFoundError(entity, id);
  return row;
}
