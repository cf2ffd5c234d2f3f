import {
  AuditOutlined,
  CalendarOutlined,
  ClearOutlined,
  FileProtectOutlined,
  HomeOutlined,
  SafetyOutlined,
  ShareAltOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { FeatureRoute } from '../common/routing/feature-route';
import { dormitoryNavText as text } from './nav-text';

const MANAGER = ['dormitory_manager'] as const;

/** The dormitory manager's pages (client paths under /dorms: the API answers /dormitories). */
export const dormitoryRoutes: readonly FeatureRoute[] = [
  {
    path: '/dorms',
    roles: MANAGER,
    page: () => import('./pages/register-page'),
    nav: { label: text.navRegister, icon: <HomeOutlined /> },
  },
  {
    path: '/dorms/patrol',
    roles: MANAGER,
    page: () => import('./pages/patrol-page'),
    nav: { label: text.navPatrol, icon: <SafetyOutlined /> },
  },
  {
    path: '/dorms/residence-checks',
    roles: MANAGER,
    page: () => import('./pages/residence-checks-page'),
    nav: { label: text.navChecks, icon: <AuditOutlined /> },
  },
  {
    path: '/dorms/overdue',
    roles: MANAGER,
    page: () => import('./pages/overdue-page'),
    nav: { label: text.navOverdue, icon: <WarningOutlined /> },
  },
  {
    path: '/dorms/residence-bookings',
    roles: MANAGER,
    page: () => import('./pages/residence-bookings-page'),
    nav: { label: text.navBookings, icon: <CalendarOutlined /> },
  },
  {
    path: '/dorms/clearances',
    roles: MANAGER,
    page: () => import('./pages/clearances-page'),
    nav: { label: text.navClearances, icon: <ClearOutlined /> },
  },
  {
    path: '/dorms/lawsuits',
    roles: MANAGER,
    page: () => import('./pages/lawsuits-page'),
    nav: { label: text.navLawsuits, icon: <FileProtectOutlined /> },
  },
  { path: '/dorms/lawsuits/:id', roles: MANAGER, page: () => import('./pages/lawsuit-page') },
  {
    path: '/dorms/loans',
    roles: MANAGER,
    page: () => import('./pages/loans-page'),
    nav: { label: text.navLoans, icon: <ShareAltOutlined /> },
  },
  { path: '/dorms/:id', roles: MANAGER, page: () => import('./pages/dormitory-page') },
];
