import { Button } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../common/session/session';
import { Panel } from '../../common/states/panel';
import { EmptyState, ErrorState, LoadingState } from '../../common/states/states';
import { useBookingList } from '../hooks/use-bookings';
import { STILL_OPEN, fleetText as text } from '../messages';
import { BookingList } from './booking-list';

/** The home page's card: the user's own car bookings that are not finished yet. Default export: the home page loads it lazily. */
export default function MyOpenBookings() {
  const session = useSession();
  const list = useBookingList({ requesterId: session.data?.id, imported: false });
  const open = list.items.filter((booking) => STILL_OPEN.includes(booking.state));
  return (
    <Panel
      title={text.openTitle}
      extra={
        <Link to="/cars/new">
          <Button type="primary">{text.navBook}</Button>
        </Link>
      }
    >
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : open.length ? (
        <BookingList bookings={open} />
      ) : (
        <EmptyState description={text.openEmpty} />
      )}
    </Panel>
  );
}
