import { createBrowserRouter, type RouteObject } from 'react-router';
import type { FeatureRoute } from '../common/routing/feature-route';
import { RequireRoles, RequireSession } from '../common/session/require-session';
import { AppShell } from '../common/shell/app-shell';
import { LoadingState, NotFoundState } from '../common/states/states';
import { NotificationBell } from '../notifications/components/notification-bell';
import { appRoutes } from './app-routes';

function pageRoute(route: FeatureRoute): RouteObject {
  const lazy = async () => {
    const { default: Page } = await route.page();
    return {
      Component: () => (
        <RequireRoles route={route}>
          <Page />
        </RequireRoles>
      ),
    };
  };
  return route.path === '/' ? { index: true, lazy } : { path: route.path, lazy };
}

export const router = createBrowserRouter([
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('../auth/login-page')).default }),
    hydrateFallbackElement: <LoadingState />,
  },
  {
    // Shown while the first page's own module loads (a lazy route), instead of a blank screen.
    hydrateFallbackElement: <LoadingState />,
    element: (
      <RequireSession>
        {(user) => <AppShell user={user} routes={appRoutes} headerExtra={<NotificationBell />} />}
      </RequireSession>
    ),
    children: [...appRoutes.map(pageRoute), { path: '*', element: <NotFoundState /> }],
  },
]);
