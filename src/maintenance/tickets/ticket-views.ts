import { CalendarLike } from '../sla/sla-clock';
import { ticketSla } from '../sla/ticket-sla';
import { TicketView } from './dto/ticket-view.dto';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { partiesOf, TicketViewer } from './ticket-access';
import { allowedActions, TICKET_STATUS_LABELS } from './ticket-state-machine';

/** The ticket as the viewer sees it: its SLA clocks now and the actions open to them. */
export function toTicketView(ticket: MaintenanceTicket, viewer: TicketViewer, now: Date, calendar: CalendarLike): TicketView {
  const { agency: _agency, requester: _requester, assignee: _assignee, location: _location, trade: _trade, ...fields } = ticket;
  return {
    ...fields,
    statusLabel: TICKET_STATUS_LABELS[ticket.status],
    sla: ticketSla(ticket, now, calendar),
    allowedActions: allowedActions(ticket.status, partiesOf(viewer, ticket)),
  };
}
