import { Tag } from 'antd';
import type { Ticket } from '../hooks/use-tickets';

const COLOURS: Record<Ticket['status'], string> = {
  submitted: 'blue',
  assigned: 'purple',
  in_progress: 'processing',
  on_hold: 'warning',
  resolved: '#237804',
  closed: 'default',
  rejected: 'error',
  cancelled: 'default',
};

/** The status in the words the service gives it, coloured by how far along it is. */
export function TicketStatusTag({ ticket }: { ticket: Pick<Ticket, 'status' | 'statusLabel'> }) {
  return <Tag color={COLOURS[ticket.status]}>{ticket.statusLabel}</Tag>;
}
