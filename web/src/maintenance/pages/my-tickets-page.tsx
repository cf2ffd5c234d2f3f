import { Button, Card, Typography } from 'antd';
import { Link } from 'react-router';
import { KeysetView } from '../../common/lists/keyset-table';
import { EmptyState } from '../../common/states/states';
import { TicketList } from '../components/ticket-list';
import { useTicketList } from '../hooks/use-tickets';
import { maintenanceText as text } from '../messages';

/** Every repair request of the user's agency, newest first, page by page. */
export default function MyTicketsPage() {
  const list = useTicketList();
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.mineTitle}
      </Typography.Title>
      <KeysetView
        list={list}
        empty={
          <EmptyState
            description={text.mineEmpty}
            action={
              <Link to="/repairs/new">
                <Button type="primary">{text.navFile}</Button>
              </Link>
            }
          />
        }
      >
        {(tickets) => <TicketList tickets={tickets} />}
      </KeysetView>
    </Card>
  );
}
