import { MaintenanceTicket } from '../tickets/maintenance-ticket.entity';
import { OPEN_STATUSES } from '../tickets/ticket-state-machine';
import { CalendarLike, clockFor, measureOn, pausedMinutesFor, PausedTime, SlaMeasure } from './sla-clock';

export interface TicketSla {
  response: SlaMeasure;
  resolution: SlaMeasure;
}

type SlaFields = Pick<
  MaintenanceTicket,
  | 'priority'
  | 'status'
  | 'createdAt'
  | 'respondedAt'
  | 'resolvedAt'
  | 'closedAt'
  | 'responseTargetMinutes'
  | 'resolutionTargetMinutes'
  | 'pausedBusinessMinutes'
  | 'pausedWallMinutes'
  | 'pausedSince'
>;

export function pausedTimeOf(
  ticket: Pick<MaintenanceTicket, 'pausedBusinessMinutes' | 'pausedWallMinutes'>,
): PausedTime {
  return { businessMinutes: ticket.pausedBusinessMinutes, wallMinutes: ticket.pausedWallMinutes };
}

/** Both SLA clocks of a ticket at `now`. A rejected or cancelled ticket stops its clocks where it ended. */
export function ticketSla(ticket: SlaFields, now: Date, calendar: CalendarLike): TicketSla {
  const ended = OPEN_STATUSES.includes(ticket.status) ? null : ticket.closedAt;
  const clock = clockFor(ticket.priority, calendar);
  const paused = pausedMinutesFor(ticket.priority, pausedTimeOf(ticket));
  return {
    response: measureOn(
      clock,
      ticket.responseTargetMinutes,
      ticket.createdAt,
      ticket.respondedAt ?? ended,
      null,
      0,
      now,
    ),
    resolution: measureOn(
      clock,
      ticket.resolutionTargetMinutes,
      ticket.createdAt,
      ticket.resolvedAt ?? ended,
      ticket.pausedSince,
      paused,
      now,
    ),
  };
}
