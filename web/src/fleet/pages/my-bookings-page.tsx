import { Button, Card, Typography } from 'antd';
import { Link } from 'react-router';
import { KeysetView } from '../../common/lists/keyset-table';
import { EmptyState } from '../../common/states/states';
import { BookingList } from '../components/booking-list';
import { useBookingList } from '../hooks/use-bookings';
import { fleetText as text } from '../messages';

/**
 * The car bookings the user may see (their agency's), newest first, page by page; not the earlier
 * years' trips an admin brought in, which stand in the importer's name but were nobody's request here.
 */
export default function MyBookingsPage() {
  const list = useBookingList({ imported: false });
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
              <Link to="/cars/new">
                <Button type="primary">{text.navBook}</Button>
              </Link>
            }
          />
        }
      >
        {(bookings) => <BookingList bookings={bookings} />}
      </KeysetView>
    </Card>
  );
}
