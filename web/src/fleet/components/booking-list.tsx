import { Typography } from 'antd';
import { Link } from 'react-router';
import type { Booking } from '../hooks/use-bookings';
import { BookingStatusTag } from './booking-status-tag';
import { formatItinerary, formatWindow } from './booking-window';

/** Bookings as rows that fit a phone: purpose, window and itinerary, status. Plain markup keeps the home page light. */
export function BookingList({ bookings }: { bookings: Booking[] }) {
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {bookings.map((booking) => (
        <li
          key={booking.id}
          style={{
            display: 'flex',
            gap: 8,
            alignItems: 'center',
            padding: '12px 0',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <div style={{ flex: 1, minWidth: 0 }}>
            <Link to={`/cars/${booking.id}`} style={{ overflowWrap: 'anywhere' }}>
              {booking.purpose}
            </Link>
            <div>
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                {`${formatWindow(booking)}・${formatItinerary(booking)}`}
              </Typography.Text>
            </div>
          </div>
          <BookingStatusTag state={booking.state} imported={Boolean(booking.importedAt)} />
        </li>
      ))}
    </ul>
  );
}
