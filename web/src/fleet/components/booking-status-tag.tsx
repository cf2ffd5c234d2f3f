import { Tag } from 'antd';
import type { Booking } from '../hooks/use-bookings';
import { fleetText as text } from '../messages';

const COLOURS: Record<Booking['state'], string> = {
  requested: 'blue',
  approved: 'cyan',
  in_trip: 'processing',
  completed: 'success',
  rejected: 'error',
  cancelled: 'default',
  no_show: 'warning',
};

/** The booking's state in Chinese, coloured by how far along it is. */
export function BookingStatusTag({ state }: { state: Booking['state'] }) {
  return <Tag color={COLOURS[state]}>{text.states[state]}</Tag>;
}
