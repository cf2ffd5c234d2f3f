import {
  CarOutlined,
  DashboardOutlined,
  FormOutlined,
  ScheduleOutlined,
  SwapOutlined,
  ToolOutlined,
} from '@ant-design/icons';
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
    path: '/dispatch',
    roles: ['dispatcher'],
    page: () => import('./pages/dispatch-board-page'),
    nav: { label: text.navBoard, icon: <DashboardOutlined /> },
  },
  {
    path: '/dispatch/paper',
    roles: ['dispatcher'],
    page: () => import('./pages/paper-request-page'),
    nav: { label: text.navPaper, icon: <FormOutlined /> },
  },
  {
    path: '/dispatch/registers',
    roles: ['dispatcher'],
    page: () => import('./pages/fleet-registers-page'),
    nav: { label: text.navRegisters, icon: <ToolOutlined /> },
  },
  {
    path: '/dispatch/loans',
    roles: ['dispatcher'],
    page: () => import('./pages/loans-page'),
    nav: { label: text.navLoans, icon: <SwapOutlined /> },
  },
  {
    path: '/driver',
    roles: ['driver'],
    page: () => import('./pages/driver-trips-page'),
    nav: { label: text.navDriver, icon: <CarOutlined /> },
  },
  {
    path: '/cars/:id',
    roles: ['requester'],
    page: () => import('./pages/booking-page'),
  },
];
