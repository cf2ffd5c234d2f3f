import { theme } from 'antd';
import { Link, useLocation } from 'react-router';
import type { FeatureRoute } from '../routing/feature-route';
import { mayUse, type SessionUser } from '../session/session';

/** The entry the current path belongs to: the longest matching path. */
function currentPath(pathname: string, routes: readonly FeatureRoute[]): string | undefined {
  return routes
    .filter((route) => pathname === route.path || pathname.startsWith(route.path === '/' ? '/\0' : `${route.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

/**
 * The pages the user's roles may open, as a list of links. Plain links rather than antd's Menu:
 * the navigation is on every page, and the Menu alone would cost the first download about 20 KB.
 */
export function Navigation({
  user,
  routes,
  onNavigate,
}: {
  user: SessionUser;
  routes: readonly FeatureRoute[];
  onNavigate?: () => void;
}) {
  const { token } = theme.useToken();
  const { pathname } = useLocation();
  const shown = routes.filter((route) => route.nav && mayUse(user, route.roles));
  const current = currentPath(pathname, shown);
  return (
    <nav aria-label="主選單">
      <ul style={{ listStyle: 'none', margin: 0, padding: 8 }}>
        {shown.map((route) => {
          const active = route.path === current;
          return (
            <li key={route.path}>
              <Link
                to={route.path}
                onClick={onNavigate}
                aria-current={active ? 'page' : undefined}
                style={{
                  display: 'flex',
                  gap: 10,
                  alignItems: 'center',
                  padding: '10px 16px',
                  borderRadius: token.borderRadius,
                  color: active ? token.colorPrimary : token.colorText,
                  background: active ? token.colorPrimaryBg : undefined,
                  fontWeight: active ? 600 : undefined,
                }}
              >
                {route.nav!.icon}
                {route.nav!.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
