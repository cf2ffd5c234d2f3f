import { MaintenanceTicket } from '../tickets/maintenance-ticket.entity';
import { OPEN_STATUSES } from '../tickets/ticket-state-machine';
import { CalendarLike, measure, PausedTime, SlaMeasure } from './sla-clock';

export interface TicketSla {
  response: SlaMeasure;
  resolution: SlaMeasure;
}

type SlaFields = Pick<
  MaintenanceTicket,
  'priority' | 'status' | 'createdAt' | 'respondedAt' | 'resolvedAt' | 'closedAt' | 'responseTargetMinutes' | 'resolutionTargetMinutes' | 'pausedBusinessMinutes' | 'pausedWallMinutes' | 'pausedSince'
>;

export function pausedTimeOf(ticket: Pick<MaintenanceTicket, 'pausedBusinessMinutes' | 'pausedWallMinutes'>): PausedTime {
  return { businessMinutes: ticket.pausedBusinessMinutes, wallMinutes: ticket.pausedWallMinutes };
}

/** Both SLA clocks of a ticket at `now`. A rejected or cancelled ticket stops its clocks where it ended. */
export function ticketSla(ticket: SlaFields, now: Date, calendar: CalendarLike): TicketSla {
  const ended = OPEN_STATUSES.includes(ticket.status) ? null : ticket.closedAt;
  const common = { priority: ticket.priority, startedAt: ticket.createdAt, now };
  return {
    response: measure({ ...common, targetMinutes: ticket.responseTargetMinutes, doneAt: ticket.respondedAt ?? ended, paused: { businessMinutes: 0, wallMinutes: 0 }, holdStartedAt: null }, calendar),
    resolution: measure(
      { ...common, targetMinutes: ticket.resolutionTargetMinutes, doneAt: ticket.resolvedAt ?? ended, paused: pausedTimeOf(ticket), holdStartedAt: ticket.pausedSince },
      calendar,
    ),
  };
}
