import { Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { mayUse, useSession } from '../common/session/session';
import { MyOpenTickets } from '../maintenance/components/my-open-tickets';
import { REPAIR_ROLES } from '../maintenance/roles';

/** Loaded after the page is usable, so it does not weigh on the home page's budget. */
const MyOpenBookings = lazy(() => import('../fleet/components/my-open-bookings'));
const WhatsChanged = lazy(() => import('../notifications/components/whats-changed'));

/** What is open for the user, gathered from each feature. */
export default function HomePage() {
  const session = useSession();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {session.data ? `${session.data.displayName}，您好` : '首頁'}
      </Typography.Title>
      <Suspense>
        <WhatsChanged />
      </Suspense>
      {session.data && mayUse(session.data, REPAIR_ROLES) && <MyOpenTickets />}
      {session.data && mayUse(session.data, ['requester']) && (
        <Suspense>
          <MyOpenBookings />
        </Suspense>
      )}
    </Space>
  );
}
