import {
  AuditOutlined,
  ContainerOutlined,
  FileTextOutlined,
  ImportOutlined,
  QrcodeOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import type { FeatureRoute } from '../common/routing/feature-route';
import { assetsNavText as text } from './nav-text';

/** The property officer's pages (client paths under /property: the API answers /assets). */
export const assetsRoutes: readonly FeatureRoute[] = [
  {
    path: '/property',
    roles: ['property_officer'],
    page: () => import('./pages/register-page'),
    nav: { label: text.navRegister, icon: <ContainerOutlined /> },
  },
  {
    path: '/property/movement-forms',
    roles: ['property_officer', 'agency_admin', 'admin'],
    page: () => import('./pages/movement-forms-page'),
    nav: { label: text.navMovementForms, icon: <SwapOutlined /> },
  },
  {
    path: '/property/stocktakes',
    roles: ['property_officer'],
    page: () => import('./pages/stocktakes-page'),
    nav: { label: text.navStocktakes, icon: <AuditOutlined /> },
  },
  {
    path: '/property/import',
    roles: ['property_officer'],
    page: () => import('./pages/import-page'),
    nav: { label: text.navImport, icon: <ImportOutlined /> },
  },
  {
    path: '/property/reports',
    roles: ['property_officer', 'report_viewer'],
    page: () => import('./pages/reports-page'),
    nav: { label: text.navReports, icon: <FileTextOutlined /> },
  },
  {
    path: '/property/labels',
    roles: ['property_officer'],
    page: () => import('./pages/labels-page'),
    nav: { label: text.navLabels, icon: <QrcodeOutlined /> },
  },
  { path: '/property/stocktakes/:id', roles: ['property_officer'], page: () => import('./pages/stocktake-page') },
  { path: '/property/:id', roles: ['property_officer'], page: () => import('./pages/asset-page') },
];
