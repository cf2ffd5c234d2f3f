import { Timeline, Typography } from 'antd';
import { formatRocDateTime } from '../../common/dates/roc-date';
import type { TicketDetail } from '../hooks/use-tickets';
import { maintenanceText as text } from '../messages';

type Action = keyof typeof text.actions;

/** What happened to the ticket, oldest first: who did what when, and why. */
export function TicketTimeline({ ticket }: { ticket: TicketDetail }) {
  return (
    <Timeline
      items={ticket.history.map((change) => ({
        key: change.id,
        content: (
          <>
            <div>
              {change.fromStatus === null ? '送出報修' : (text.actions[change.action as Action] ?? change.action)}
              <Typography.Text type="secondary"> ・{change.actorName}</Typography.Text>
            </div>
            <Typography.Text type="secondary">{formatRocDateTime(change.occurredAt)}</Typography.Text>
            {change.reason && <div>{change.reason}</div>}
          </>
        ),
      }))}
    />
  );
}
