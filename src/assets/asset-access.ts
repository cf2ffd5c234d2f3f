import { Actor, agencyScopeOf } from '../identity/actor';
import { Role } from '../identity/role';

/** Roles that read the register; agency staff see only their own agency's custodial assets. */
export const ASSET_READERS: readonly Role[] = ['property_officer', 'report_viewer', 'requester', 'agency_admin'];
const ROLES_SEEING_ALL_ASSETS: readonly Role[] = ['property_officer', 'report_viewer'];

/** The custodian agency the actor's reads are limited to, or null for the whole register. */
export function assetScopeOf(actor: Actor): string | null {
  return agencyScopeOf(actor, ROLES_SEEING_ALL_ASSETS);
}
