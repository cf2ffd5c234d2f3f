import { SelectQueryBuilder } from 'typeorm';
import { Actor, hasAnyRole } from '../../identity/actor';
import { Role } from '../../identity/role';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { TicketParty } from './ticket-state-machine';

const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';

export function isSystem(actor: Actor): boolean {
  return actor.userId === SYSTEM_USER_ID;
}

/** Roles that see and run every agency's tickets. */
export const OFFICE_ROLES: readonly Role[] = ['admin', 'maintenance_coordinator'];

/** Roles that may read internal comments and write costs: the office's maintenance staff. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'maintenance_coordinator', 'technician'];

/** What an actor brings to every ticket: their roles, plus the trades they work in if a technician. */
export interface TicketViewer {
  actor: Actor;
  trades: readonly string[];
}

export function isStaff(actor: Actor): boolean {
  return hasAnyRole(actor, STAFF_ROLES);
}

function worksOn(viewer: TicketViewer, ticket: Pick<MaintenanceTicket, 'assigneeUserId' | 'tradeCode'>): boolean {
  return (
    viewer.actor.roles.includes('technician') &&
    (ticket.assigneeUserId === viewer.actor.userId || viewer.trades.includes(ticket.tradeCode))
  );
}

/** Office staff see all; technicians their assignments and their trades' queue; everyone their own agency's. */
export function canSee(viewer: TicketViewer, ticket: MaintenanceTicket): boolean {
  return hasAnyRole(viewer.actor, OFFICE_ROLES) || ticket.agencyId === viewer.actor.agencyId || worksOn(viewer, ticket);
}

/** The parts of the lifecycle table the actor may play on this ticket. */
export function partiesOf(viewer: TicketViewer, ticket: MaintenanceTicket): TicketParty[] {
  const { actor } = viewer;
  if (isSystem(actor)) return ['system'];
  if (actor.roles.includes('admin')) return ['requester', 'coordinator', 'technician'];
  const parties: TicketParty[] = [];
  if (ticket.requesterUserId === actor.userId) parties.push('requester');
  if (actor.roles.includes('maintenance_coordinator')) parties.push('coordinator');
  if (worksOn(viewer, ticket)) parties.push('technician');
  return parties;
}

/** The same rule as `canSee`, as a WHERE clause for lists. */
export function restrictToVisible(builder: SelectQueryBuilder<MaintenanceTicket>, viewer: TicketViewer): void {
  const { actor, trades } = viewer;
  if (hasAnyRole(actor, OFFICE_ROLES)) return;
  const clauses = ['ticket.agency_id = :visibleAgencyId'];
  if (actor.roles.includes('technician')) {
    clauses.push('ticket.assignee_user_id = :visibleUserId');
    if (trades.length) clauses.push('ticket.trade_code IN (:...visibleTrades)');
  }
  builder.andWhere(`(${clauses.join(' OR ')})`, {
    visibleAgencyId: actor.agencyId,
    visibleUserId: actor.userId,
    visibleTrades: trades,
  });
}
