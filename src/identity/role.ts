/** Every role a user can hold. A user holds one or more. */
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
  'admin',
] as const;

export type Role = (typeof ROLES)[number];
