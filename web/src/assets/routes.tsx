import { AuditOutlined, ContainerOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../common/routing/feature-route';
import { assetsNavText as text } from './nav-text';

/** The property officer's pages: the register, one asset, and the stocktakes. */
export const assetsRoutes: readonly FeatureRoute[] = [
  {
    path: '/assets',
    roles: ['property_officer'],
    page: () => import('./pages/register-page'),
    nav: { label: text.navRegister, icon: <ContainerOutlined /> },
  },
  {
    path: '/assets/stocktakes',
    roles: ['property_officer'],
    page: () => import('./pages/stocktakes-page'),
    nav: { label: text.navStocktakes, icon: <AuditOutlined /> },
  },
  { path: '/assets/stocktakes/:id', roles: ['property_officer'], page: () => import('./pages/stocktake-page') },
  { path: '/assets/:id', roles: ['property_officer'], page: () => import('./pages/asset-page') },
];
