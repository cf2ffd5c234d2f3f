import { Tag } from 'antd';
import type { Booking } from '../hooks/use-bookings';
import { fleetText as text } from '../messages';

/** Dark enough to read on the tag (antd's cyan, processing, success and warning presets fail WCAG AA contrast). */
const COLOURS: Record<Booking['state'], string> = {
  requested: 'blue',
  approved: '#006d75',
  in_trip: '#0958d9',
  completed: '#237804',
  rejected: 'error',
  cancelled: 'default',
  no_show: '#ad4e00',
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
