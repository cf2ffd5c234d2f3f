import { CloudUploadOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../common/routing/feature-route';
import { importText as text } from './messages';

/** The import of earlier years: the service lets only admins in, and admins may open every page. */
export const historicalImportRoutes: readonly FeatureRoute[] = [
  {
    // Not /imports: that is the API's, and a reload there would get JSON.
    path: '/earlier-years',
    roles: ['admin'],
    page: () => import('./pages/historical-import-page'),
    nav: { label: text.nav, icon: <CloudUploadOutlined /> },
  },
];
