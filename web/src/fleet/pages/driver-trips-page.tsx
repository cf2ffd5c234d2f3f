import { Card, Space, Tag, Typography } from 'antd';
import { EmptyState, ErrorState, LoadingState } from '../../common/states/states';
import { formatWindow } from '../components/booking-window';
import { TripBookings } from '../components/trip-bookings';
import { TripReadingForm } from '../components/trip-reading-form';
import { dispatchText as text } from '../dispatch-text';
import { useMyTrips, useVehicles } from '../hooks/use-dispatch';

/** A driver's trips, sized for a phone: check out the ones planned, check in the ones on the road. */
export default function DriverTripsPage() {
  const trips = useMyTrips();
  const vehicles = useVehicles();
  if (trips.error) return <ErrorState error={trips.error} onRetry={() => void trips.refetch()} />;
  if (!trips.data) return <LoadingState />;
  const plates = new Map((vehicles.data?.items ?? []).map((vehicle) => [vehicle.id, vehicle.plate]));
  const open = trips.data.items.filter((trip) => trip.state === 'planned' || trip.state === 'in_trip');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {text.myTripsTitle}
      </Typography.Title>
      {open.length === 0 && <EmptyState description={text.myTripsEmpty} />}
      {open.map((trip) => (
        <Card
          key={trip.id}
          title={
            <span style={{ whiteSpace: 'normal' }}>
              {plates.get(trip.vehicleId) ?? ''} <Tag>{text.tripStates[trip.state]}</Tag>
            </span>
          }
        >
          <Typography.Paragraph>{formatWindow(trip)}</Typography.Paragraph>
          <TripBookings bookings={trip.bookings} />
          <TripReadingForm trip={trip} step={trip.state === 'planned' ? 'check-out' : 'check-in'} />
        </Card>
      ))}
    </Space>
  );
}
