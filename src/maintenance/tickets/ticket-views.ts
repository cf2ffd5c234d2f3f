import { CalendarLike } from '../sla/sla-clock';
import { ticketSla, withStandings } from '../sla/ticket-sla';
import { TicketView } from './dto/ticket-view.dto';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { partiesOf, TicketViewer } from './ticket-access';
import { allowedActions, TICKET_STATUS_LABELS } from './ticket-state-machine';

/**
 * The ticket as the viewer sees it: its SLA clocks now, with their standings at the configured
 * warning share (`warningFraction`), and the actions open to them. The entity's
 * relations are never loaded for views, so a plain spread copies exactly its columns (a rest
 * pattern excluding them costs a slow runtime copy per ticket).
 */
export function toTicketView(
  ticket: MaintenanceTicket,
  viewer: TicketViewer,
  now: Date,
  calendar: CalendarLike,
  warningFraction: number,
): TicketView {
  return {
    ...ticket,
    statusLabel: TICKET_STATUS_LABELS[ticket.status],
    sla: withStandings(ticketSla(ticket, now, calendar), warningFraction),
    allowedActions: allowedActions(ticket.status, partiesOf(viewer, ticket)),
  };
}
