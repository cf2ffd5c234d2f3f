import { HomeOutlined } from '@ant-design/icons';
import { assetsRoutes } from '../assets/routes';
import type { FeatureRoute } from '../common/routing/feature-route';
import { ROLES } from '../common/session/roles';
import { dormitoryRoutes } from '../dormitories/routes';
import { figuresRoutes } from '../figures/routes';
import { fleetRoutes } from '../fleet/routes';
import { historicalImportRoutes } from '../historical-import/routes';
import { maintenanceRoutes } from '../maintenance/routes';
import { notificationRoutes } from '../notifications/routes';
import { parkingRoutes } from '../parking/routes';
import { vehicleReviewRoutes } from '../vehicle-reviews/routes';
import { venuesRoutes } from '../venues/routes';

/** The home page, for everybody: it gathers what each feature has open for the user. */
const homeRoute: FeatureRoute = {
  path: '/',
  roles: ROLES,
  page: () => import('./home-page'),
  nav: { label: '首頁', icon: <HomeOutlined /> },
};

/** Every page of the app, in navigation order. A new feature adds its `routes` here. */
export const appRoutes: readonly FeatureRoute[] = [
  homeRoute,
  ...maintenanceRoutes,
  ...fleetRoutes,
  ...vehicleReviewRoutes,
  ...parkingRoutes,
  ...venuesRoutes,
  ...dormitoryRoutes,
  ...assetsRoutes,
  ...figuresRoutes,
  ...historicalImportRoutes,
  ...notificationRoutes,
];
