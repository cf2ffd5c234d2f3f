import {
  allowedActions,
  decideTransition,
  TICKET_ACTIONS,
  TICKET_STATUSES,
  TicketAction,
  TicketStatus,
  TRANSITIONS,
} from './ticket-state-machine';

const EVERYONE = ['requester', 'coordinator', 'technician', 'system'] as const;

describe('ticket state machine', () => {
  it.each<[TicketStatus, TicketAction, TicketStatus]>([
    ['submitted', 'assign', 'assigned'],
    ['assigned', 'assign', 'assigned'],
    ['assigned', 'start', 'in_progress'],
    ['in_progress', 'hold', 'on_hold'],
    ['on_hold', 'resume', 'in_progress'],
    ['in_progress', 'resolve', 'resolved'],
    ['resolved', 'confirm', 'closed'],
    ['resolved', 'auto_close', 'closed'],
    ['resolved', 'reopen', 'assigned'],
    ['submitted', 'reject', 'rejected'],
    ['assigned', 'cancel', 'cancelled'],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(decideTransition(from, action, EVERYONE)).toEqual({ ok: true, to, requires: TRANSITIONS[action].requires });
  });

  it('refuses every action from the final states and names none as allowed', () => {
    for (const from of ['closed', 'rejected', 'cancelled'] as const) {
      for (const action of TICKET_ACTIONS) {
        expect(decideTransition(from, action, EVERYONE)).toEqual({ ok: false, problem: 'illegal', allowed: [] });
      }
    }
  });

  it('counts exactly the legal (state, action) pairs of the table', () => {
    const legal = TICKET_STATUSES.flatMap((from) =>
      TICKET_ACTIONS.filter((action) => decideTransition(from, action, EVERYONE).ok).map(
        (action) => `${from}:${action}`,
      ),
    );
    expect(legal.sort()).toEqual(
      [
        'submitted:assign',
        'assigned:assign',
        'assigned:start',
        'in_progress:hold',
        'on_hold:resume',
        'in_progress:resolve',
        'resolved:confirm',
        'resolved:auto_close',
        'resolved:reopen',
        'submitted:reject',
        'assigned:reject',
        'submitted:cancel',
        'assigned:cancel',
      ].sort(),
    );
  });

  it('names the actions the caller may take when a transition is illegal', () => {
    expect(decideTransition('submitted', 'resolve', ['coordinator'])).toEqual({
      ok: false,
      problem: 'illegal',
      allowed: ['assign', 'reject', 'cancel'],
    });
    expect(decideTransition('resolved', 'start', ['requester'])).toEqual({
      ok: false,
      problem: 'illegal',
      allowed: ['confirm', 'reopen'],
    });
  });

  it('tells a legal action the party may not take apart from an illegal one', () => {
    expect(decideTransition('assigned', 'start', ['requester'])).toEqual({
      ok: false,
      problem: 'not_permitted',
      allowed: ['cancel'],
    });
    expect(decideTransition('resolved', 'auto_close', ['requester', 'coordinator', 'technician'])).toMatchObject({
      ok: false,
      problem: 'not_permitted',
    });
    expect(decideTransition('submitted', 'reject', ['requester'])).toMatchObject({
      ok: false,
      problem: 'not_permitted',
    });
  });

  it('gives each role its own part of the lifecycle', () => {
    expect(allowedActions('in_progress', ['technician'])).toEqual(['hold', 'resolve']);
    expect(allowedActions('in_progress', ['requester'])).toEqual([]);
    expect(allowedActions('on_hold', ['coordinator'])).toEqual(['resume']);
  });

  it('demands a reason where the lifecycle says so', () => {
    expect(TRANSITIONS.reject.requires).toContain('reason');
    expect(TRANSITIONS.cancel.requires).toContain('reason');
    expect(TRANSITIONS.reopen.requires).toContain('reason');
    expect(TRANSITIONS.hold.requires).toContain('holdReason');
    expect(TRANSITIONS.resolve.requires).toContain('resolutionNote');
  });
});
