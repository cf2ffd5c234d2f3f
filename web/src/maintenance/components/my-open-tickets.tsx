import { Button } from 'antd';
import { Link } from 'react-router';
import { mayUse, useSession } from '../../common/session/session';
import { Panel } from '../../common/states/panel';
import { EmptyState, ErrorState, LoadingState } from '../../common/states/states';
import { useTicketList, type Ticket } from '../hooks/use-tickets';
import { maintenanceText as text } from '../messages';
import { FILING_ROLES } from '../roles';
import { TicketList } from './ticket-list';

/** Still the office's or waiting on the requester's confirmation. */
const STILL_OPEN: readonly Ticket['status'][] = ['submitted', 'assigned', 'in_progress', 'on_hold', 'resolved'];

/** The home page's card: the user's agency's repair requests that are not finished yet. */
export function MyOpenTickets() {
  const list = useTicketList();
  const user = useSession().data;
  const open = list.items.filter((ticket) => STILL_OPEN.includes(ticket.status));
  return (
    <Panel
      title={text.openTitle}
      extra={
        user &&
        mayUse(user, FILING_ROLES) && (
          <Link to="/repairs/new">
            <Button type="primary">{text.navFile}</Button>
          </Link>
        )
      }
    >
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : open.length ? (
        <TicketList tickets={open} />
      ) : (
        <EmptyState description={text.openEmpty} />
      )}
    </Panel>
  );
}
