import {
  AuditOutlined,
  CalendarOutlined,
  FileTextOutlined,
  FormOutlined,
  ScheduleOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import type { FeatureRoute } from '../common/routing/feature-route';
import type { Role } from '../common/session/session';
import { venuesNavText as text } from './nav-text';

const BOOKERS: readonly Role[] = ['requester', 'venue_manager'];

/** The venue pages (client paths under /spaces: the API answers /venues). */
export const venuesRoutes: readonly FeatureRoute[] = [
  {
    path: '/spaces/free',
    roles: BOOKERS,
    page: () => import('./pages/free-slots-page'),
    nav: { label: text.navFree, icon: <SearchOutlined /> },
  },
  {
    path: '/spaces',
    roles: BOOKERS,
    page: () => import('./pages/calendar-page'),
    nav: { label: text.navCalendar, icon: <CalendarOutlined /> },
  },
  {
    path: '/spaces/book',
    roles: BOOKERS,
    page: () => import('./pages/book-page'),
    nav: { label: text.navBook, icon: <FormOutlined /> },
  },
  {
    path: '/spaces/mine',
    roles: BOOKERS,
    page: () => import('./pages/my-bookings-page'),
    nav: { label: text.navMine, icon: <ScheduleOutlined /> },
  },
  {
    path: '/spaces/approvals',
    roles: ['venue_manager'],
    page: () => import('./pages/approvals-page'),
    nav: { label: text.navApprovals, icon: <AuditOutlined /> },
  },
  {
    path: '/spaces/day-sheet',
    roles: ['venue_manager'],
    page: () => import('./pages/day-sheet-page'),
    nav: { label: text.navDaySheet, icon: <FileTextOutlined /> },
  },
];
