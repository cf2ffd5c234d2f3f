import { Tag } from 'antd';
import type { Ticket } from '../hooks/use-tickets';

/** Dark enough to read on the tag's light tint (antd's processing and warning presets fail WCAG AA contrast). */
const COLOURS: Record<Ticket['status'], string> = {
  submitted: 'blue',
  assigned: 'purple',
  in_progress: '#0958d9',
  on_hold: '#ad4e00',
  resolved: '#237804',
  closed: 'default',
  rejected: 'error',
  cancelled: 'default',
};

/** Shown beside the status of a case brought in from the office's earlier records. */
const IMPORTED = '歷史匯入';

/** The status in the words the service gives it, coloured by how far along it is; imported cases say so. */
export function TicketStatusTag({ ticket }: { ticket: Pick<Ticket, 'status' | 'statusLabel' | 'importedAt'> }) {
  return (
    <>
      <Tag color={COLOURS[ticket.status]}>{ticket.statusLabel}</Tag>
      {ticket.importedAt && <Tag>{IMPORTED}</Tag>}
    </>
  );
}
