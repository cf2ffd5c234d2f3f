import { Card, Typography } from 'antd';
import { KeysetView } from '../../common/lists/keyset-table';
import { useSession } from '../../common/session/session';
import { EmptyState, LoadingState } from '../../common/states/states';
import { TicketList } from '../components/ticket-list';
import { useTicketList } from '../hooks/use-tickets';
import { officeText as text } from '../office-messages';

/** The technician's phone list: the tickets assigned to them, newest first; each opens its page to act on. */
export default function WorkListPage() {
  const session = useSession();
  if (!session.data) return <LoadingState />;
  return <WorkList userId={session.data.id} />;
}

function WorkList({ userId }: { userId: string }) {
  const list = useTicketList({ assigneeUserId: userId });
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
