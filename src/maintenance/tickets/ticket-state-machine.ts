/** Every state a ticket can be in; the CHECK constraint on `maintenance_tickets.status` lists the same. */
export const TICKET_STATUSES = [
  'submitted',
  'assigned',
  'in_progress',
  'on_hold',
  'resolved',
  'closed',
  'rejected',
  'cancelled',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** States in which the office still owes work. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['submitted', 'assigned', 'in_progress', 'on_hold'];

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  submitted: '已報修',
  assigned: '已派工',
  in_progress: '處理中',
  on_hold: '暫停',
  resolved: '已完工',
  closed: '已結案',
  rejected: '不受理',
  cancelled: '已撤銷',
};

export const TICKET_ACTIONS = [
  'assign',
  'start',
  'hold',
  'resume',
  'resolve',
  'confirm',
  'auto_close',
  'reopen',
  'reject',
  'cancel',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** Who stands in which relation to a ticket; the service works out an actor's parties per ticket. */
export type TicketParty = 'requester' | 'coordinator' | 'technician' | 'system';

/** What the caller must supply for a transition. */
export type TransitionInput = 'reason' | 'holdReason' | 'resolutionNote' | 'assignee';

export interface TransitionRule {
  from: readonly TicketStatus[];
  to: TicketStatus;
  parties: readonly TicketParty[];
  requires: readonly TransitionInput[];
}

/** The lifecycle: which action moves which states where, and who may take it. */
export const TRANSITIONS: Record<TicketAction, TransitionRule> = {
  assign: { from: ['submitted', 'assigned'], to: 'assigned', parties: ['coordinator'], requires: ['assignee'] },
  start: { from: ['assigned'], to: 'in_progress', parties: ['technician'], requires: [] },
  hold: { from: ['in_progress'], to: 'on_hold', parties: ['technician', 'coordinator'], requires: ['holdReason'] },
  resume: { from: ['on_hold'], to: 'in_progress', parties: ['technician', 'coordinator'], requires: [] },
  resolve: { from: ['in_progress'], to: 'resolved', parties: ['technician'], requires: ['resolutionNote'] },
  confirm: { from: ['resolved'], to: 'closed', parties: ['requester'], requires: [] },
  auto_close: { from: ['resolved'], to: 'closed', parties: ['system'], requires: [] },
  reopen: { from: ['resolved'], to: 'assigned', parties: ['requester'], requires: ['reason'] },
  reject: { from: ['submitted', 'assigned'], to: 'rejected', parties: ['coordinator'], requires: ['reason'] },
  cancel: {
    from: ['submitted', 'assigned'],
    to: 'cancelled',
    parties: ['requester', 'coordinator'],
    requires: ['reason'],
  },
};

export type TransitionDecision =
  | { ok: true; to: TicketStatus; requires: readonly TransitionInput[] }
  | { ok: false; problem: 'illegal' | 'not_permitted'; allowed: TicketAction[] };

/** The actions the parties may take from a state, in table order. */
export function allowedActions(from: TicketStatus, parties: readonly TicketParty[]): TicketAction[] {
  return TICKET_ACTIONS.filter((action) => {
    const rule = TRANSITIONS[action];
    return rule.from.includes(from) && rule.parties.some((party) => parties.includes(party));
  });
}

/**
 * Decides one transition: `illegal` when the action does not apply to the state at all,
 * `not_permitted` when it does but none of the parties may take it.
 */
export function decideTransition(
  from: TicketStatus,
  action: TicketAction,
  parties: readonly TicketParty[],
): TransitionDecision {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) return { ok: false, problem: 'illegal', allowed: allowedActions(from, parties) };
  if (!rule.parties.some((party) => parties.includes(party)))
    return { ok: false, problem: 'not_permitted', allowed: allowedActions(from, parties) };
  return { ok: true, to: rule.to, requires: rule.requires };
}
