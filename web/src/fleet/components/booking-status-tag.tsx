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

/** Shown beside the state of a booking brought in from the office's earlier records. */
const IMPORTED = '歷史匯入';

/** The booking's state in Chinese, coloured by how far along it is; imported bookings say so. */
export function BookingStatusTag({ state, imported = false }: { state: Booking['state']; imported?: boolean }) {
  return (
    <>
      <Tag color={COLOURS[state]}>{text.states[state]}</Tag>
      {imported && <Tag>{IMPORTED}</Tag>}
    </>
  );
}
