import { SlaMeasure, SlaState } from './sla-clock';
import { clockStanding, ticketStanding, withStandings } from './ticket-sla';

function clock(state: SlaState, fractionUsed: number): SlaMeasure {
  const targetMinutes = 60;
  const usedMinutes = targetMinutes * fractionUsed;
  return {
    dueAt: new Date(0),
    targetMinutes,
    usedMinutes,
    minutesLeft: targetMinutes - usedMinutes,
    fractionUsed,
    state,
  };
}

describe('SLA standing', () => {
  it.each([
    [clock('running', 0.5), 'on_time'],
    [clock('running', 0.75), 'at_risk'],
    [clock('paused', 0.9), 'on_time'],
    [clock('met', 0.9), 'on_time'],
    [clock('breached', 1.5), 'breached'],
  ] as const)('of a clock %j is %s at a 75%% warning', (measure, standing) => {
    expect(clockStanding(measure, 0.75)).toBe(standing);
  });

  it("is the worse of the ticket's two clocks", () => {
    expect(ticketStanding({ response: clock('breached', 2), resolution: clock('running', 0.1) }, 0.75)).toBe(
      'breached',
    );
    expect(ticketStanding({ response: clock('met', 0.2), resolution: clock('running', 0.8) }, 0.75)).toBe('at_risk');
    expect(ticketStanding({ response: clock('met', 0.2), resolution: clock('running', 0.8) }, 0.9)).toBe('on_time');
  });

  it('is given with each clock at the warning share passed in, so pages need no threshold of their own', () => {
    const sla = { response: clock('met', 0.2), resolution: clock('running', 0.5) };
    expect(withStandings(sla, 0.75)).toMatchObject({ resolution: { standing: 'on_time' }, standing: 'on_time' });
    expect(withStandings(sla, 0.4)).toMatchObject({
      response: { standing: 'on_time' },
      resolution: { standing: 'at_risk', state: 'running' },
      standing: 'at_risk',
    });
  });
});
