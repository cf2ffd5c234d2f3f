import { ForbiddenError } from '../common/errors/domain-error';
import { Actor } from '../identity/actor';
import { Role } from '../identity/role';

/** Roles an agency admin may hand out inside their own agency. */
const AGENCY_ADMIN_GRANTABLE: readonly Role[] = ['requester', 'agency_admin'];

export function isAdmin(actor: Actor): boolean {
  return actor.roles.includes('admin');
}

/** An admin manages everyone; an agency admin manages only their own agency's staff. */
export function canManageAgency(actor: Actor, agencyId: string): boolean {
  return isAdmin(actor) || (actor.roles.includes('agency_admin') && actor.agencyId === agencyId);
}

export function assertMayGrant(actor: Actor, roles: readonly Role[]): void {
  if (isAdmin(actor)) return;
  const refused = roles.filter((role) => !AGENCY_ADMIN_GRANTABLE.includes(role));
  if (refused.length) throw new ForbiddenError(`an agency admin may not grant: ${refused.join(', ')}`);
}

/** Agency admins may not act on accounts holding office-wide roles. */
export function assertMayManageUser(actor: Actor, target: { agencyId: string; roles: Role[] }): void {
  if (isAdmin(actor)) return;
  assertMayGrant(actor, target.roles);
}
