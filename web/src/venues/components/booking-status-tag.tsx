import { Tag } from 'antd';
import type { BookingStatus } from '../hooks/use-venues';
import { venuesText as text } from '../messages';

const COLOURS: Record<BookingStatus, string> = {
  requested: 'blue',
  approved: 'cyan',
  checked_in: 'success',
  rejected: 'error',
  cancelled: 'default',
  no_show: 'warning',
};

/** A booking's status in Chinese, coloured by how far along it is. */
export function BookingStatusTag({ status }: { status: BookingStatus }) {
  return <Tag color={COLOURS[status]}>{text.statuses[status]}</Tag>;
}
