import type { Role } from './session';

/** Every role, in the service's order (the type comes from the API document, so this list cannot drift silently). */
export const ROLES = [
  'requester',
  'agency_admin',
  'maintenance_coordinator',
  'technician',
  'dispatcher',
  'driver',
  'parking_officer',
  'dormitory_manager',
  'property_officer',
  'report_viewer',
  'venue_manager',
  'admin',
] as const satisfies readonly Role[];
