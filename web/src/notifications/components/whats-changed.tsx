import { Link } from 'react-router';
import { Panel } from '../../common/states/panel';
import { EmptyState, ErrorState, LoadingState } from '../../common/states/states';
import { useMyNotifications, useUnreadCount } from '../hooks/use-notifications';
import { notificationText as text } from '../messages';
import { NotificationList } from './notification-list';

/** The latest few are enough on the home page; the rest are one click away. */
const SHOWN = 5;

/** The home page's "what changed since I last looked": the user's unread notifications, newest first. */
export default function WhatsChanged() {
  const list = useMyNotifications(true);
  const unread = list.items;
  const count = Math.max(useUnreadCount().data?.count ?? 0, unread.length);
  const more = count - Math.min(unread.length, SHOWN);
  return (
    <Panel title={text.changesTitle} extra={<Link to="/inbox">{text.seeAll}</Link>}>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : unread.length ? (
        <>
          <p style={{ margin: 0 }}>{text.changesSummary(count)}</p>
          <NotificationList notifications={unread.slice(0, SHOWN)} showBody={false} />
          {more > 0 && (
            <p style={{ margin: '12px 0 0' }}>
              <Link to="/inbox">{text.moreChanges(more)}</Link>
            </p>
          )}
        </>
      ) : (
        <EmptyState description={text.noChanges} />
      )}
    </Panel>
  );
}
