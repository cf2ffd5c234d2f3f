import { Role } from '../identity/role';

export interface DemoAccount {
  username: string;
  displayName: string;
  agencyCode: string;
  roles: Role[];
  /** What to try with it, for the start-up banner. */
  purpose: string;
}

/** One demo account per role; the requester and agency admin belong to another agency than the office. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    displayName: '系統管理者',
    agencyCode: 'GA-OFFICE',
    roles: ['admin'],
    purpose: '管理帳號、機關、地點與稽核紀錄',
  },
  {
    username: 'coordinator',
    displayName: '林維修調度',
    agencyCode: 'GA-OFFICE',
    roles: ['maintenance_coordinator'],
    purpose: '維修案件佇列：分派、暫停、結案；法定檢查；KPI',
  },
  {
    username: 'technician',
    displayName: '陳技術員',
    agencyCode: 'GA-OFFICE',
    roles: ['technician'],
    purpose: '技術員工作清單（水電、空調）：開工、暫停、完工',
  },
  {
    username: 'dispatcher',
    displayName: '黃派車調度',
    agencyCode: 'GA-OFFICE',
    roles: ['dispatcher'],
    purpose: '派車申請的核派、改派與退件；車輛與駕駛',
  },
  {
    username: 'driver',
    displayName: '張駕駛',
    agencyCode: 'GA-OFFICE',
    roles: ['driver'],
    purpose: '駕駛的出車與回場登錄',
  },
  {
    username: 'parking',
    displayName: '李停車證承辦',
    agencyCode: 'GA-OFFICE',
    roles: ['parking_officer'],
    purpose: '兩個行政中心停車場的臨時停車證核發',
  },
  {
    username: 'dormitory',
    displayName: '吳宿舍管理員',
    agencyCode: 'GA-OFFICE',
    roles: ['dormitory_manager'],
    purpose: '宿舍、住戶與居住事實查考',
  },
  {
    username: 'property',
    displayName: '周財產管理員',
    agencyCode: 'GA-OFFICE',
    roles: ['property_officer'],
    purpose: '財產登記、移撥、報廢與盤點',
  },
  {
    username: 'reports',
    displayName: '蔡統計承辦',
    agencyCode: 'GA-OFFICE',
    roles: ['report_viewer'],
    purpose: '年度統計數字與報表',
  },
  {
    username: 'venues',
    displayName: '許場地管理員',
    agencyCode: 'GA-OFFICE',
    roles: ['venue_manager'],
    purpose: '會議室與中庭、廣場、大禮堂的借用審核與當日場地',
  },
  {
    username: 'requester',
    displayName: '王小明',
    agencyCode: 'FINANCE',
    roles: ['requester'],
    purpose: '財政局同仁：報修、派車申請與通知',
  },
  {
    username: 'agency-admin',
    displayName: '趙機關管理者',
    agencyCode: 'FINANCE',
    roles: ['agency_admin', 'requester'],
    purpose: '財政局的帳號管理',
  },
];

/**
 * Accounts the demo dataset adds on the embedded database, so that every flow has more than one
 * agency and trade: requesters of two more agencies, technicians of the other trades, two more drivers.
 */
export const DEMO_DATA_ACCOUNTS: DemoAccount[] = [
  {
    username: 'requester-civil',
    displayName: '林美華',
    agencyCode: 'CIVIL-AFFAIRS',
    roles: ['requester'],
    purpose: '民政局同仁：看不到財政局的案件',
  },
  {
    username: 'requester-edu',
    displayName: '張志強',
    agencyCode: 'EDUCATION',
    roles: ['requester'],
    purpose: '教育局同仁：報修與派車',
  },
  {
    username: 'technician-civil',
    displayName: '劉技術員',
    agencyCode: 'GA-OFFICE',
    roles: ['technician'],
    purpose: '技術員（土木、消防、電梯）',
  },
  {
    username: 'technician-telecom',
    displayName: '許技術員',
    agencyCode: 'GA-OFFICE',
    roles: ['technician'],
    purpose: '技術員（通信、廣播、監視系統）',
  },
  { username: 'driver-2', displayName: '楊駕駛', agencyCode: 'GA-OFFICE', roles: ['driver'], purpose: '駕駛' },
  { username: 'driver-3', displayName: '鄭駕駛', agencyCode: 'GA-OFFICE', roles: ['driver'], purpose: '駕駛' },
];

/** Known password of every demo account on the local embedded database (never on an external one). */
export const EMBEDDED_DEMO_PASSWORD = 'facilities-demo';
