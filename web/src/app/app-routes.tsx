import { HomeOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../common/routing/feature-route';
import { ROLES } from '../common/session/roles';
import { dormitoryRoutes } from '../dormitories/routes';
import { fleetRoutes } from '../fleet/routes';
import { maintenanceRoutes } from '../maintenance/routes';

/** The home page, for everybody: it gathers what each feature has open for the user. */
const homeRoute: FeatureRoute = {
  path: '/',
  roles: ROLES,
  page: () => import('./home-page'),
  nav: { label: '首頁', icon: <HomeOutlined /> },
};

/** Every page of the app, in navigation order. A new feature adds its `routes` here. */
export const appRoutes: readonly FeatureRoute[] = [homeRoute, ...maintenanceRoutes, ...fleetRoutes, ...dormitoryRoutes];
