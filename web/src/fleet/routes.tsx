import { CarOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../common/routing/feature-route';
import { fleetNavText as text } from './nav-text';

/** The car booking pages (client paths under /cars: the API answers /fleet). */
export const fleetRoutes: readonly FeatureRoute[] = [
  {
    path: '/cars/new',
    roles: ['requester'],
    page: () => import('./pages/book-car-page'),
    nav: { label: text.navBook, icon: <CarOutlined /> },
  },
  {
    path: '/cars',
    roles: ['requester'],
    page: () => import('./pages/my-bookings-page'),
    nav: { label: text.navMine, icon: <ScheduleOutlined /> },
  },
  {
    path: '/cars/:id',
    roles: ['requester'],
    page: () => import('./pages/booking-page'),
  },
];
