import { BarChartOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../common/routing/feature-route';
import { figuresText as text } from './messages';

/** The figures pages: whoever may read the figures (report viewers; admins always may). */
export const figuresRoutes: readonly FeatureRoute[] = [
  {
    // Not /figures: that is the API's, and a reload there would get JSON.
    path: '/performance',
    roles: ['report_viewer'],
    page: () => import('./pages/figures-page'),
    nav: { label: text.nav, icon: <BarChartOutlined /> },
  },
];
