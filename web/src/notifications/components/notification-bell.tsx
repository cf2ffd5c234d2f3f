import { BellOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { Link } from 'react-router';
import { useUnreadCount } from '../hooks/use-notifications';
import { notificationText as text } from '../messages';

/**
 * The header's bell with the unread count, on every page. A plain link and a span rather than
 * antd's Badge: it is in the first download, which has a budget.
 */
export function NotificationBell() {
  const { token } = theme.useToken();
  const unread = useUnreadCount().data?.count ?? 0;
  return (
    <Link
      to="/inbox"
      aria-label={text.bell(unread)}
      title={text.bell(unread)}
      style={{ position: 'relative', display: 'inline-flex', padding: 8, fontSize: 20, color: token.colorText }}
    >
      <BellOutlined />
      {unread > 0 && (
        <span
          aria-hidden
          style={{
            position: 'absolute',
            top: 0,
            right: -4,
            minWidth: 20,
            height: 20,
            padding: '0 6px',
            borderRadius: 10,
            background: token.colorError,
            color: '#fff',
            fontSize: 12,
            lineHeight: '20px',
            textAlign: 'center',
          }}
        >
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
