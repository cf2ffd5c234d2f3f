import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig } from 'antd';
import zhTW from 'antd/locale/zh_TW';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-tw';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { ApiError, onSessionExpired } from '../common/api/client';
import { PageMessageProvider } from '../common/feedback/page-message';
import { loginPath } from '../common/routing/return-path';
import { cspNonce } from '../common/security/csp-nonce';
import { router } from './router';

dayjs.locale('zh-tw');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal (4xx) will not change by asking again; a lost connection might.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});

/**
 * Ant Design's default secondary text (45% black) and link blue fail WCAG AA contrast on white;
 * these pass (axe checks every page the browser tests visit).
 */
const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fa8',
    colorLink: '#1f5fa8',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  },
};

/** An expired session sends the user to sign in again, then back to where they were. */
function useExpiredSessionRedirect() {
  useEffect(
    () =>
      onSessionExpired(() => {
        // While a lazy page is still loading, the page the user asked for is the pending one.
        const { pathname, search } = router.state.navigation.location ?? router.state.location;
        if (pathname === '/login') return;
        void router.navigate(loginPath(pathname + search, true), { replace: true });
        queryClient.clear();
        queryClient.setQueryData(['session'], null);
      }),
    [],
  );
}

export function App() {
  useExpiredSessionRedirect();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zhTW} csp={{ nonce: cspNonce }} button={{ autoInsertSpace: false }} theme={THEME}>
        <PageMessageProvider>
          <RouterProvider router={router} />
        </PageMessageProvider>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
