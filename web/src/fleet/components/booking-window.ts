import { formatRocDate, formatRocDateTime, inTaipei } from '../../common/dates/roc-date';
import type { Booking } from '../hooks/use-bookings';

/** `115年12月2日 09:00 – 17:00`, or both full dates when the trip ends on another day. */
export function formatWindow(booking: Pick<Booking, 'startsAt' | 'endsAt'>): string {
  const sameDay = formatRocDate(booking.startsAt) === formatRocDate(booking.endsAt);
  const end = sameDay ? inTaipei(booking.endsAt).format('HH:mm') : formatRocDateTime(booking.endsAt);
  return `${formatRocDateTime(booking.startsAt)} – ${end}`;
}

/** 出發地 → 停靠點 → 目的地 */
export function formatItinerary(booking: Pick<Booking, 'origin' | 'stops' | 'destination'>): string {
  return [booking.origin, ...booking.stops, booking.destination].join(' → ');
}
