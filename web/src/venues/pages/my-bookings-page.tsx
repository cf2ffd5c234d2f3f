import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePageMessage } from '../../common/feedback/page-message';
import { KeysetView } from '../../common/lists/keyset-table';
import { ListRow } from '../../common/lists/list-row';
import { EmptyState } from '../../common/states/states';
import { BookingStatusTag } from '../components/booking-status-tag';
import { ReasonDialog } from '../components/reason-dialog';
import { formatWindow } from '../components/venue-time';
import { useBookingList, useCancelBooking, type VenueBooking } from '../hooks/use-venues';
import { venuesText as text } from '../messages';

const CANCELLABLE: readonly VenueBooking['status'][] = ['requested', 'approved'];

function BookingRow({ booking, onCancel }: { booking: VenueBooking; onCancel: () => void }) {
  return (
    <ListRow
      aside={
        <>
          <BookingStatusTag status={booking.status} imported={Boolean(booking.importedAt)} />
          {CANCELLABLE.includes(booking.status) && !booking.importedAt && (
            <Button onClick={onCancel} aria-label={`${text.cancel}：${booking.title}`}>
              {text.cancel}
            </Button>
          )}
        </>
      }
    >
      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
        {booking.title}
      </Typography.Text>
      <div>
        <Typography.Text type="secondary">{`${booking.space.name}・${formatWindow(booking)}`}</Typography.Text>
      </div>
      {booking.reason && <Typography.Text type="secondary">{text.reasonOf(booking.reason)}</Typography.Text>}
    </ListRow>
  );
}

/** The venue bookings the user made, latest first, with their status; open ones can be cancelled. */
export default function MyBookingsPage() {
  const list = useBookingList({ mine: true });
  const cancel = useCancelBooking();
  const message = usePageMessage();
  const [cancelling, setCancelling] = useState<VenueBooking | null>(null);
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.mineTitle}
      </Typography.Title>
      <KeysetView
        list={list}
        empty={
          <EmptyState
            description={text.mineEmpty}
            action={
              <Link to="/spaces/free">
                <Button type="primary">{text.navFree}</Button>
              </Link>
            }
          />
        }
      >
        {(bookings) => (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {bookings.map((booking) => (
              <BookingRow key={booking.id} booking={booking} onCancel={() => setCancelling(booking)} />
            ))}
          </ul>
        )}
      </KeysetView>
      {cancelling && (
        <ReasonDialog
          title={text.cancelTitle(cancelling.title)}
          label={text.cancelReason}
          requiredMessage={text.cancelReasonRequired}
          okText={text.cancel}
          cancelText={text.keep}
          pending={cancel.isPending}
          onSubmit={async (reason) => {
            await cancel.mutateAsync({ id: cancelling.id, reason });
            void message.success(text.cancelled);
          }}
          onClose={() => setCancelling(null)}
        />
      )}
    </Card>
  );
}
