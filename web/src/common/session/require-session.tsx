import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { FeatureRoute } from '../routing/feature-route';
import { loginPath } from '../routing/return-path';
import { ErrorState, LoadingState, NotFoundState } from '../states/states';
import { mayUse, useSession, type SessionUser } from './session';

/** Renders its children for a signed-in user; anybody else goes to the login page and comes back here. */
export function RequireSession({ children }: { children: (user: SessionUser) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <Navigate to={loginPath(location.pathname + location.search, false)} replace />;
  return <>{children(session.data)}</>;
}

/** A page the user's roles do not allow looks like a page that does not exist. */
export function RequireRoles({ route, children }: { route: FeatureRoute; children: ReactNode }) {
  const session = useSession();
  if (!session.data || !mayUse(session.data, route.roles)) return <NotFoundState />;
  return <>{children}</>;
}
