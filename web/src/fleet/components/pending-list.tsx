import { Button, Typography } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { dispatchText as text } from '../dispatch-text';
import type { Booking } from '../hooks/use-bookings';
import { useDispatchAction } from '../hooks/use-dispatch';
import { formatWindow } from './booking-window';

const ROW = { display: 'flex', gap: 8, alignItems: 'center', padding: '8px 0', borderBottom: '1px solid #f0f0f0' };

/** The requests waiting for a car (pick one to dispatch it) and the dispatched ones of the window. */
export function PendingList({
  pending,
  approved,
  pickedId,
  onPick,
}: {
  pending: Booking[];
  approved: Booking[];
  pickedId?: string;
  onPick: (id: string) => void;
}) {
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
        {text.pendingTitle}
      </Typography.Title>
      {pending.length === 0 && <Typography.Text type="secondary">{text.pendingEmpty}</Typography.Text>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {pending.map((booking) => (
          <li key={booking.id} style={ROW}>
            <div style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
              <div>{booking.purpose}</div>
              <Typography.Text type="secondary">{formatWindow(booking)}</Typography.Text>
            </div>
            <Button
              type={booking.id === pickedId ? 'primary' : 'default'}
              aria-label={`${text.pick} ${booking.purpose}`}
              onClick={() => onPick(booking.id)}
            >
              {text.pick}
            </Button>
          </li>
        ))}
      </ul>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {text.approvedTitle}
      </Typography.Title>
      {approved.length === 0 && <Typography.Text type="secondary">{text.approvedEmpty}</Typography.Text>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {approved.map((booking) => (
          <ApprovedRow key={booking.id} booking={booking} />
        ))}
      </ul>
    </>
  );
}

function ApprovedRow({ booking }: { booking: Booking }) {
  const action = useDispatchAction(booking.id);
  const report = useErrorReporter();
  const message = usePageMessage();
  return (
    <li style={ROW}>
      <div style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
        <div>{booking.purpose}</div>
        <Typography.Text type="secondary">{formatWindow(booking)}</Typography.Text>
      </div>
      <Button
        loading={action.isPending}
        aria-label={`${text.noShow} ${booking.purpose}`}
        onClick={() =>
          sendChange(
            action,
            { kind: 'no-show' },
            { onSuccess: () => void message.success(text.noShowDone), onError: (error) => report(error) },
          )
        }
      >
        {text.noShow}
      </Button>
    </li>
  );
}
