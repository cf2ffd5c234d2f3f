import { Typography } from 'antd';
import { Link } from 'react-router';
import { formatRocDate } from '../../common/dates/roc-date';
import type { Ticket } from '../hooks/use-tickets';
import { TicketStatusTag } from './ticket-status-tag';

/**
 * Tickets as rows that also fit a phone: number and title, place and date, status. Plain markup
 * rather than antd's List, whose pagination would pull the Select into the home page's download.
 */
export function TicketList({ tickets }: { tickets: Ticket[] }) {
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {tickets.map((ticket) => (
        <li
          key={ticket.id}
          style={{
            display: 'flex',
            gap: 8,
            alignItems: 'center',
            padding: '12px 0',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <div style={{ flex: 1, minWidth: 0 }}>
            <Link to={`/repairs/${ticket.id}`} style={{ overflowWrap: 'anywhere' }}>
              {ticket.number} {ticket.title}
            </Link>
            <div>
              <Typography.Text type="secondary">
                {[ticket.locationLabel ?? ticket.spotText, formatRocDate(ticket.createdAt)].filter(Boolean).join('・')}
              </Typography.Text>
            </div>
          </div>
          <TicketStatusTag ticket={ticket} />
        </li>
      ))}
    </ul>
  );
}
