import { Tag } from 'antd';
import type { BookingStatus } from '../hooks/use-venues';
import { venuesText as text } from '../messages';

// Only the preset colours whose text meets WCAG AA contrast on their own background (axe checks it).
const COLOURS: Record<BookingStatus, string> = {
  requested: 'blue',
  approved: 'geekblue',
  checked_in: 'purple',
  rejected: 'red',
  cancelled: 'default',
  no_show: 'magenta',
};

/** Shown beside the status of a booking brought in from the office's earlier records. */
const IMPORTED = '歷史匯入';

/** A booking's status in Chinese, coloured by how far along it is; imported bookings say so. */
export function BookingStatusTag({ status, imported = false }: { status: BookingStatus; imported?: boolean }) {
  return (
    <>
      <Tag color={COLOURS[status]}>{text.statuses[status]}</Tag>
      {imported && <Tag>{IMPORTED}</Tag>}
    </>
  );
}
