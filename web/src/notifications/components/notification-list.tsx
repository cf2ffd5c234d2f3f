import { Button, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatRocDateTime } from '../../common/dates/roc-date';
import { useMarkRead, type UserNotification } from '../hooks/use-notifications';
import { notificationText as text } from '../messages';

/**
 * Notifications as rows that fit a phone: the title links to the ticket or booking it concerns
 * (opening it marks it read), then when and what, and a button to mark it read without opening it.
 */
export function NotificationList({
  notifications,
  showBody = true,
}: {
  notifications: UserNotification[];
  showBody?: boolean;
}) {
  const markRead = useMarkRead();
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {notifications.map((notification) => {
        const unread = !notification.readAt;
        const read = () => {
          if (unread) markRead.mutate(notification.id);
        };
        return (
          <li
            key={notification.id}
            style={{
              display: 'flex',
              gap: 8,
              alignItems: 'flex-start',
              padding: '12px 0',
              borderBottom: '1px solid #f0f0f0',
            }}
          >
            <div style={{ flex: 1, minWidth: 0 }}>
              {unread && <Tag color="blue">{text.unreadTag}</Tag>}
              <Link
                to={notification.link}
                onClick={read}
                style={{ fontWeight: unread ? 600 : undefined, overflowWrap: 'anywhere' }}
              >
                {notification.title}
              </Link>
              <div>
                <Typography.Text type="secondary">{formatRocDateTime(notification.createdAt)}</Typography.Text>
              </div>
              {showBody && (
                <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: '4px 0 0', overflowWrap: 'anywhere' }}>
                  {notification.body}
                </Typography.Paragraph>
              )}
            </div>
            {unread && (
              <Button size="small" onClick={read} disabled={markRead.isPending}>
                {text.markRead}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
