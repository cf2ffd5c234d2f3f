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

/** Where a ticket stands against its SLA, as the office's queue filters it. */
export const SLA_STANDINGS = ['on_time', 'at_risk', 'breached'] as const;
export type SlaStanding = (typeof SLA_STANDINGS)[number];

/** One clock's standing: at risk while it runs with at least `warningFraction` of its budget used. */
export function clockStanding(measure: SlaMeasure, warningFraction: number): SlaStanding {
  if (measure.state === 'breached') return 'breached';
  if (measure.state === 'running' && measure.fractionUsed >= warningFraction) return 'at_risk';
  return 'on_time';
}

/** The ticket's standing is its worse clock's: a late response stays breached after the repair. */
export function ticketStanding(sla: TicketSla, warningFraction: number): SlaStanding {
  return worseOf(clockStanding(sla.response, warningFraction), clockStanding(sla.resolution, warningFraction));
}

const worseOf = (one: SlaStanding, other: SlaStanding): SlaStanding =>
  SLA_STANDINGS.indexOf(one) >= SLA_STANDINGS.indexOf(other) ? one : other;

export type StandingMeasure = Omit<SlaMeasure, 'fractionUsed'> & { standing: SlaStanding };

/**
 * Both clocks and the ticket with their standings, as pages colour them: by the server's warning
 * share, not their own (the share used only decides the standing). Built field by field, as a
 * list builds fifty of them a page.
 */
export function withStandings(
  sla: TicketSla,
  warningFraction: number,
): { response: StandingMeasure; resolution: StandingMeasure; standing: SlaStanding } {
  const response = withStanding(sla.response, warningFraction);
  const resolution = withStanding(sla.resolution, warningFraction);
  return { response, resolution, standing: worseOf(response.standing, resolution.standing) };
}

function withStanding(measure: SlaMeasure, warningFraction: number): StandingMeasure {
  return {
    dueAt: measure.dueAt,
    targetMinutes: measure.targetMinutes,
    usedMinutes: measure.usedMinutes,
    minutesLeft: measure.minutesLeft,
    state: measure.state,
    standing: clockStanding(measure, warningFraction),
  };
}
