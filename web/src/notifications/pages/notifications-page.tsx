import { Button, Card, Typography } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { KeysetView } from '../../common/lists/keyset-table';
import { EmptyState } from '../../common/states/states';
import { NotificationList } from '../components/notification-list';
import { useMarkAllRead, useMyNotifications, useUnreadCount } from '../hooks/use-notifications';
import { notificationText as text } from '../messages';

/** Every notification of the user, newest first, page by page; mark one or all read. */
export default function NotificationsPage() {
  const list = useMyNotifications();
  const unread = useUnreadCount().data?.count ?? 0;
  const markAll = useMarkAllRead();
  const report = useErrorReporter();
  const message = usePageMessage();
  const markAllRead = () =>
    sendChange(markAll, undefined, {
      onSuccess: ({ count }) => void message.success(text.allRead(count)),
      onError: (error) => report(error),
    });
  return (
    <Card>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {text.title}
        </Typography.Title>
        <Button onClick={markAllRead} loading={markAll.isPending} disabled={!unread}>
          {text.markAllRead}
        </Button>
      </div>
      <KeysetView list={list} empty={<EmptyState description={text.empty} />}>
        {(notifications) => <NotificationList notifications={notifications} />}
      </KeysetView>
    </Card>
  );
}
