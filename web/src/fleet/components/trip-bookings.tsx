import { Descriptions } from 'antd';
import type { Schemas } from '../../common/api/client';
import { dispatchText as text } from '../dispatch-text';
import { formatItinerary } from './booking-window';

/** A phone dials an extension after a pause (`,`); `#` would end the link's number. */
const dialable = (phone: string) => phone.replace('#', ',');

/** Where the driver goes, why and whom to call, for each booking a trip serves. */
export function TripBookings({ bookings }: { bookings: Schemas['TripBookingView'][] }) {
  return bookings.map((booking) => (
    <Descriptions
      key={booking.id}
      size="small"
      column={1}
      style={{ marginBottom: 12 }}
      items={[
        { key: 'purpose', label: text.tripPurpose, children: booking.purpose },
        { key: 'route', label: text.tripRoute, children: formatItinerary(booking) },
        { key: 'requester', label: text.tripRequester, children: booking.requesterName },
        {
          key: 'phone',
          label: text.tripContactPhone,
          children: <a href={`tel:${dialable(booking.contactPhone)}`}>{booking.contactPhone}</a>,
        },
        { key: 'passengers', label: text.tripPassengers, children: text.passengers(booking.passengers) },
      ]}
    />
  ));
}
