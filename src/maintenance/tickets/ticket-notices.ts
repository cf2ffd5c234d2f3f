import { Notice } from '../../notifications/notifications.service';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { TICKET_STATUS_LABELS, TicketStatus } from './ticket-state-machine';

/** What the requester is asked to do next, where a state asks anything of them. */
const NEXT_STEP: Partial<Record<TicketStatus, string>> = {
  resolved: '請確認修繕結果；如仍有問題，請說明原因後要求重新處理。',
};

type NoticeTicket = Pick<MaintenanceTicket, 'id' | 'number' | 'title' | 'requesterUserId' | 'status'>;

/** The ticket's page in the web app (the API's own path would answer a browser with JSON). */
const linkOf = (ticket: NoticeTicket) => `/repairs/${ticket.id}`;

/** The requester's notice that their ticket moved to another state. */
export function statusNotice(ticket: NoticeTicket, reason: string | null | undefined): Notice {
  const label = TICKET_STATUS_LABELS[ticket.status];
  const lines = [
    `您報修的「${ticket.title}」（案號 ${ticket.number}）目前狀態為「${label}」。`,
    reason ? `說明：${reason}` : '',
    NEXT_STEP[ticket.status] ?? '',
  ];
  return {
    userId: ticket.requesterUserId,
    kind: 'ticket_status',
    title: `報修案件 ${ticket.number} ${label}`,
    body: lines.filter(Boolean).join('\n'),
    link: linkOf(ticket),
  };
}

/** The requester's notice of a public comment from the maintenance office. */
export function commentNotice(ticket: NoticeTicket, authorName: string, body: string): Notice {
  return {
    userId: ticket.requesterUserId,
    kind: 'ticket_comment',
    title: `報修案件 ${ticket.number} 有新的回覆`,
    body: `${authorName} 回覆您報修的「${ticket.title}」：\n${body}`,
    link: linkOf(ticket),
  };
}
