import { Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { mayUse, useSession } from '../../common/session/session';
import { ErrorState, LoadingState } from '../../common/states/states';
import { OpenRoundForm } from '../components/open-round-form';
import { WideTable } from '../components/wide-table';
import { useRounds, type Round } from '../hooks/use-reviews';
import { formatAmount, formatRocDay, reviewText as text } from '../messages';

/** Every year's review, newest first; the office opens next year's here. */
export default function RoundsPage() {
  const rounds = useRounds();
  const session = useSession();
  const office = session.data ? mayUse(session.data, ['dispatcher']) : false;
  if (rounds.isPending) return <LoadingState />;
  if (rounds.isError) return <ErrorState error={rounds.error} onRetry={() => void rounds.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {text.roundsTitle}
        </Typography.Title>
        <WideTable<Round>
          rowKey={(row) => row.id}
          rows={rounds.data}
          minWidth={640}
          emptyText={text.roundsEmpty}
          columns={[
            {
              title: text.budgetYear,
              key: 'budgetYear',
              render: (round) => (
                <Link to={`/purchase-reviews/${round.id}`}>{text.budgetYearOf(round.budgetYear)}</Link>
              ),
            },
            {
              title: text.deadline,
              key: 'deadline',
              render: (round) => (
                <>
                  {formatRocDay(round.deadline)}{' '}
                  <Tag color={round.filingOpen ? '#237804' : 'default'}>
                    {round.filingOpen ? text.filing : text.filingClosed}
                  </Tag>
                </>
              ),
            },
            {
              title: text.ceiling,
              key: 'ceiling',
              align: 'right',
              render: (round) => formatAmount(round.ceilingAmount),
            },
            {
              title: text.approvedTotal,
              key: 'approved',
              align: 'right',
              render: (round) => formatAmount(round.approvedTotal),
            },
          ]}
        />
      </Card>
      {office && (
        <Card title={text.openTitle}>
          <OpenRoundForm />
        </Card>
      )}
    </Space>
  );
}
