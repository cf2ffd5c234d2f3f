import type { FeatureRoute } from '../common/routing/feature-route';
import { ROLES } from '../common/session/roles';

/** The notification page, for everybody (client path /inbox: the API answers /notifications). */
export const notificationRoutes: readonly FeatureRoute[] = [
  { path: '/inbox', roles: ROLES, page: () => import('./pages/notifications-page') },
];
