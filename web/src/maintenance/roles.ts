import type { Role } from '../common/session/session';

/** Who may file a repair request (the service's own rule for POST /maintenance/tickets). */
export const FILING_ROLES: readonly Role[] = ['requester', 'maintenance_coordinator'];

/** Who files or works on repairs: for anybody else the list of open repairs is always empty. */
export const REPAIR_ROLES: readonly Role[] = [...FILING_ROLES, 'technician'];
