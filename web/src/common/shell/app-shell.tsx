import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Typography } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import type { FeatureRoute } from '../routing/feature-route';
import { useSignOut, type SessionUser } from '../session/session';
import { LoadingState } from '../states/states';
import { Navigation } from './navigation';

const APP_NAME = '總務維運服務';
const PhoneMenu = lazy(() => import('./phone-menu'));

/**
 * The frame of every signed-in page: the header with the user and sign-out, the navigation of
 * what the user's roles may do — a side menu on wide screens, a drawer on phones. `headerExtra`
 * is what the app puts beside the user's name (the notification bell): the shell imports no feature.
 */
export function AppShell({
  user,
  routes,
  headerExtra,
}: {
  user: SessionUser;
  routes: readonly FeatureRoute[];
  headerExtra?: ReactNode;
}) {
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const navigate = useNavigate();
  const signOut = useSignOut();
  const menu = <Navigation user={user} routes={routes} onNavigate={() => setDrawerOpen(false)} />;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 12, paddingInline: isPhone ? 12 : 24, background: '#fff' }}
      >
        {isPhone && (
          <Button type="text" icon={<MenuOutlined />} aria-label="開啟選單" onClick={() => setDrawerOpen(true)} />
        )}
        <Link to="/" style={{ fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap' }}>
          {APP_NAME}
        </Link>
        <span style={{ flex: 1 }} />
        {headerExtra}
        <Typography.Text ellipsis style={{ maxWidth: isPhone ? 96 : 240 }}>
          {user.displayName}
        </Typography.Text>
        <Button
          icon={<LogoutOutlined />}
          aria-label="登出"
          onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/login') })}
        >
          {isPhone ? null : '登出'}
        </Button>
      </Layout.Header>
      <Layout>
        {isPhone ? (
          <Suspense>
            <PhoneMenu title={APP_NAME} open={drawerOpen} onClose={() => setDrawerOpen(false)}>
              {menu}
            </PhoneMenu>
          </Suspense>
        ) : (
          <Layout.Sider width={220} theme="light">
            {menu}
          </Layout.Sider>
        )}
        {/* Layout.Content is itself the page's one <main> landmark. */}
        <Layout.Content style={{ padding: isPhone ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
