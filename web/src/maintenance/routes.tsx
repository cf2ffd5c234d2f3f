import { FileAddOutlined, SafetyCertificateOutlined, ToolOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../common/routing/feature-route';
import { kpiText } from './kpi-messages';
import { maintenanceText as text } from './messages';
import { obligationText } from './obligation-messages';
import { officeText } from './office-messages';
import { FILING_ROLES } from './roles';

/** The maintenance pages. Add a page: write it under pages/ (default export) and list it here. */
export const maintenanceRoutes: readonly FeatureRoute[] = [
  {
    path: '/repairs/new',
    roles: FILING_ROLES,
    page: () => import('./pages/file-ticket-page'),
    nav: { label: text.navFile, icon: <FileAddOutlined /> },
  },
  {
    path: '/repairs',
    roles: ['requester'],
    page: () => import('./pages/my-tickets-page'),
    nav: { label: text.navMine, icon: <ToolOutlined /> },
  },
  {
    path: '/repairs/queue',
    roles: ['maintenance_coordinator'],
    page: () => import('./pages/ticket-queue-page'),
    nav: { label: officeText.navQueue, icon: <ToolOutlined /> },
  },
  {
    path: '/repairs/work',
    roles: ['technician'],
    page: () => import('./pages/work-list-page'),
    nav: { label: officeText.navWork, icon: <ToolOutlined /> },
  },
  {
    path: '/repairs/kpis',
    roles: ['maintenance_coordinator', 'report_viewer'],
    page: () => import('./pages/kpi-page'),
    nav: { label: kpiText.nav, icon: <ToolOutlined /> },
  },
  {
    path: '/repairs/obligations',
    roles: ['maintenance_coordinator', 'report_viewer'],
    page: () => import('./pages/obligations-page'),
    nav: { label: obligationText.nav, icon: <SafetyCertificateOutlined /> },
  },
  {
    path: '/repairs/:id',
    roles: ['requester', 'maintenance_coordinator', 'technician'],
    page: () => import('./pages/ticket-page'),
  },
];
