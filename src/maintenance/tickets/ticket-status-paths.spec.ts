import { TICKET_STATUSES, TicketAction, TicketStatus, TRANSITIONS } from './ticket-state-machine';
import { statusPathsSql } from './ticket-status-paths';

function parsedPaths(): { status: string; path: string[]; actions: string[] }[] {
  const arrays = (text: string) =>
    [...text.matchAll(/ARRAY\[([^\]]*)\]/g)].map((match) => match[1].split(', ').map((item) => item.slice(1, -1)));
  return [...statusPathsSql().matchAll(/\('(\w+)', (ARRAY\[[^\]]*\]), (ARRAY\[[^\]]*\])\)/g)].map(
    ([, status, path, actions]) => ({
      status,
      path: arrays(path)[0],
      actions: arrays(actions)[0],
    }),
  );
}

describe('status paths of generated tickets', () => {
  it('reach every state, each step a move the lifecycle table allows', () => {
    const paths = parsedPaths();
    expect(paths.map((path) => path.status).sort()).toEqual([...TICKET_STATUSES].sort());
    for (const { status, path, actions } of paths) {
      expect({ status, first: actions[0], end: path[path.length - 1] }).toEqual({
        status,
        first: 'submit',
        end: status,
      });
      for (let step = 1; step < actions.length; step++) {
        const rule = TRANSITIONS[actions[step] as TicketAction];
        expect({ status, step, from: rule.from.includes(path[step - 1] as TicketStatus), to: rule.to }).toEqual({
          status,
          step,
          from: true,
          to: path[step],
        });
      }
    }
  });
});
