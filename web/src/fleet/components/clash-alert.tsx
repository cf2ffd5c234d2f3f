import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { api, ApiError, unwrap } from '../../common/api/client';
import { dispatchText as text } from '../dispatch-text';
import { formatWindow } from './booking-window';

interface Clash {
  resource: 'vehicle' | 'driver';
  conflictingBookingIds: string[];
  conflictingUnavailabilityIds: string[];
}

/** The details of a refused assignment (409 `fleet.double_booked`), or undefined for any other error. */
export function clashOf(error: unknown): Clash | undefined {
  if (!(error instanceof ApiError) || error.body.code !== 'fleet.double_booked') return undefined;
  return error.body.details as unknown as Clash;
}

/** Says in Chinese which booking (or out-of-service window) holds the car or driver that was refused. */
export function ClashAlert({ clash }: { clash: Clash }) {
  const holderId = clash.conflictingBookingIds[0];
  const holder = useQuery({
    queryKey: ['fleet', 'bookings', 'detail', holderId],
    enabled: Boolean(holderId),
    queryFn: () => unwrap(api.GET('/fleet/bookings/{id}', { params: { path: { id: holderId } } })),
  });
  const resource = clash.resource === 'vehicle' ? text.clashVehicle : text.clashDriver;
  const holderText = holder.data
    ? text.clashBooking(holder.data.purpose, formatWindow(holder.data))
    : clash.conflictingUnavailabilityIds.length
      ? clash.resource === 'vehicle'
        ? text.clashUnavailability
        : text.clashDriverUnavailability
      : text.clashUnknown;
  return <Alert type="error" showIcon role="alert" title={text.clashHeldBy(resource, holderText)} />;
}
