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
  'venue_manager',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  requester: '申請人',
  agency_admin: '機關管理者',
  maintenance_coordinator: '維修調度',
  technician: '維修技術員',
  dispatcher: '派車調度',
  driver: '駕駛',
  parking_officer: '停車證核發',
  dormitory_manager: '宿舍管理',
  property_officer: '財產管理',
  report_viewer: '報表檢視',
  venue_manager: '場地管理',
  admin: '系統管理者',
};
