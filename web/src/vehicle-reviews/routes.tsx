import { AuditOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../common/routing/feature-route';
import { reviewNavText as text } from './nav-text';

/** The yearly vehicle-purchase pre-review (client paths under /purchase-reviews: the API answers /vehicle-reviews). */
export const vehicleReviewRoutes: readonly FeatureRoute[] = [
  {
    path: '/purchase-reviews',
    roles: ['agency_admin', 'dispatcher', 'report_viewer'],
    page: () => import('./pages/rounds-page'),
    nav: { label: text.navReviews, icon: <AuditOutlined /> },
  },
  {
    path: '/purchase-reviews/:id',
    roles: ['agency_admin', 'dispatcher', 'report_viewer'],
    page: () => import('./pages/round-page'),
  },
  {
    path: '/purchase-reviews/:id/summary',
    roles: ['dispatcher', 'report_viewer'],
    page: () => import('./pages/summary-page'),
  },
];
