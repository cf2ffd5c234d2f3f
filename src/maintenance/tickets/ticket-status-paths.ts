import { TicketAction, TicketStatus } from './ticket-state-machine';

type PathAction = TicketAction | 'submit';

/** The shortest way a newly filed ticket reaches each state: the statuses passed and the actions taken. */
const STATUS_PATHS: Record<TicketStatus, PathAction[]> = {
  submitted: ['submit'],
  assigned: ['submit', 'assign'],
  in_progress: ['submit', 'assign', 'start'],
  on_hold: ['submit', 'assign', 'start', 'hold'],
  resolved: ['submit', 'assign', 'start', 'resolve'],
  closed: ['submit', 'assign', 'start', 'resolve', 'confirm'],
  rejected: ['submit', 'reject'],
  cancelled: ['submit', 'cancel'],
};

const STATUS_AFTER: Record<PathAction, TicketStatus> = {
  submit: 'submitted',
  assign: 'assigned',
  start: 'in_progress',
  hold: 'on_hold',
  resume: 'in_progress',
  resolve: 'resolved',
  confirm: 'closed',
  auto_close: 'closed',
  reopen: 'assigned',
  reject: 'rejected',
  cancel: 'cancelled',
};

const sqlArray = (values: string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]`;

/**
 * `(VALUES …) AS p(status, path, actions)` with each state's path, for SQL that writes the status
 * history of generated tickets (demo data, the benchmark dataset).
 */
export function statusPathsSql(): string {
  const rows = Object.entries(STATUS_PATHS).map(
    ([status, actions]) =>
      `('${status}', ${sqlArray(actions.map((action) => STATUS_AFTER[action]))}, ${sqlArray(actions)})`,
  );
  return `(VALUES ${rows.join(', ')}) AS p(status, path, actions)`;
}
