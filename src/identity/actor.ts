import { Role } from './role';

/** The authenticated user behind a request, passed explicitly to every use case. */
export interface Actor {
  userId: string;
  agencyId: string;
  roles: Role[];
  displayName: string;
  requestId: string;
}

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

/**
 * The agency an actor's queries must be limited to, or null when one of the actor's roles sees
 * every agency's rows. Each module says which of its roles see all.
 */
export function agencyScopeOf(actor: Actor, rolesSeeingAllAgencies: readonly Role[]): string | null {
  return actor.roles.includes('admin') || hasAnyRole(actor, rolesSeeingAllAgencies) ? null : actor.agencyId;
}

/** An actor for work the service does by itself (scheduled jobs, seeding). */
export function systemActor(agencyId: string, task: string): Actor {
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    agencyId,
    roles: ['admin'],
    displayName: `system:${task}`,
    requestId: `job:${task}`,
  };
}
