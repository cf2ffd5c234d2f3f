import { Card, Typography } from 'antd';
import { KeysetView } from '../../common/lists/keyset-table';
import { EmptyState } from '../../common/states/states';
import { TicketList } from '../components/ticket-list';
import { useTicketList } from '../hooks/use-tickets';
import { officeText as text } from '../office-messages';

/**
 * The technician's phone list, newest first; each opens its page to act on. The API shows a
 * technician the tickets assigned to them and their trades' queue (a vendor's job may still need them).
 */
export default function WorkListPage() {
  const list = useTicketList();
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.workTitle}
      </Typography.Title>
      <KeysetView list={list} empty={<EmptyState description={text.workEmpty} />}>
        {(tickets) => <TicketList tickets={tickets} />}
      </KeysetView>
    </Card>
  );
}
