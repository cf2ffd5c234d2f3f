import { Role } from '../auth/role';

export interface DemoAccount {
  username: string;
  displayName: string;
  agencyCode: string;
  roles: Role[];
}

/** One demo account per role; the requester and agency admin belong to another agency than the office. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '系統管理者', agencyCode: 'GA-OFFICE', roles: ['admin'] },
  { username: 'coordinator', displayName: '林維修調度', agencyCode: 'GA-OFFICE', roles: ['maintenance_coordinator'] },
  { username: 'technician', displayName: '陳技術員', agencyCode: 'GA-OFFICE', roles: ['technician'] },
  { username: 'dispatcher', displayName: '黃派車調度', agencyCode: 'GA-OFFICE', roles: ['dispatcher'] },
  { username: 'driver', displayName: '張駕駛', agencyCode: 'GA-OFFICE', roles: ['driver'] },
  { username: 'parking', displayName: '李停車證承辦', agencyCode: 'GA-OFFICE', roles: ['parking_officer'] },
  { username: 'dormitory', displayName: '吳宿舍管理員', agencyCode: 'GA-OFFICE', roles: ['dormitory_manager'] },
  { username: 'property', displayName: '周財產管理員', agencyCode: 'GA-OFFICE', roles: ['property_officer'] },
  { username: 'reports', displayName: '蔡統計承辦', agencyCode: 'GA-OFFICE', roles: ['report_viewer'] },
  { username: 'venues', displayName: '許場地管理員', agencyCode: 'GA-OFFICE', roles: ['venue_manager'] },
  { username: 'requester', displayName: '王小明', agencyCode: 'FINANCE', roles: ['requester'] },
  {
    username: 'agency-admin',
    displayName: '趙機關管理者',
    agencyCode: 'FINANCE',
    roles: ['agency_admin', 'requester'],
  },
];

/** Known password of every demo account on the local embedded database (never on an external one). */
export const EMBEDDED_DEMO_PASSWORD = 'facilities-demo';
