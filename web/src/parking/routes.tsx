import { CalendarOutlined, FileAddOutlined, SearchOutlined, TeamOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../common/routing/feature-route';
import { parkingNavText as text } from './nav-text';

/** The parking officer's pages (client paths under /permits: the API answers /parking). */
export const parkingRoutes: readonly FeatureRoute[] = [
  {
    path: '/permits/new',
    roles: ['parking_officer'],
    page: () => import('./pages/issue-permit-page'),
    nav: { label: text.navIssue, icon: <FileAddOutlined /> },
  },
  {
    path: '/permits/bulk',
    roles: ['parking_officer'],
    page: () => import('./pages/bulk-issue-page'),
    nav: { label: text.navBulk, icon: <TeamOutlined /> },
  },
  {
    path: '/permits/lookup',
    roles: ['parking_officer'],
    page: () => import('./pages/permit-lookup-page'),
    nav: { label: text.navLookup, icon: <SearchOutlined /> },
  },
  {
    path: '/permits/day',
    roles: ['parking_officer'],
    page: () => import('./pages/day-sheet-page'),
    nav: { label: text.navDay, icon: <CalendarOutlined /> },
  },
];
