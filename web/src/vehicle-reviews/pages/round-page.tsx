import { Button, Card, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../common/api/client';
import { mayUse, useSession } from '../../common/session/session';
import { ErrorState, LoadingState, NotFoundState } from '../../common/states/states';
import { FileLineForm } from '../components/file-line-form';
import { LinesTable } from '../components/lines-table';
import { RoundFacts } from '../components/round-facts';
import { useRound, useRoundLines } from '../hooks/use-reviews';
import { reviewText as text } from '../messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One year's review. The office sees every agency's lines in review order and decides them; an
 * agency admin files their agency's lines while the round takes them and follows the outcome.
 */
export default function RoundPage() {
  const { id = '' } = useParams();
  if (!UUID.test(id)) return <NotFoundState title={text.notFound} />;
  return <RoundDetail id={id} />;
}

function RoundDetail({ id }: { id: string }) {
  const round = useRound(id);
  const lines = useRoundLines(id);
  const session = useSession();
  if (round.isPending || lines.isPending) return <LoadingState />;
  if (round.error instanceof ApiError && round.error.status === 404) return <NotFoundState title={text.notFound} />;
  if (round.isError) return <ErrorState error={round.error} onRetry={() => void round.refetch()} />;
  if (lines.isError) return <ErrorState error={lines.error} onRetry={() => void lines.refetch()} />;
  const user = session.data;
  const office = user ? mayUse(user, ['dispatcher']) : false;
  const mayFile = user ? user.roles.includes('agency_admin') && round.data.filingOpen : false;
  const mayReadSummary = user ? mayUse(user, ['dispatcher', 'report_viewer']) : false;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        extra={
          mayReadSummary && (
            <Link to={`/purchase-reviews/${id}/summary`}>
              <Button>{text.summary}</Button>
            </Link>
          )
        }
        title={
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {`${text.budgetYearOf(round.data.budgetYear)}${text.roundsTitle}`}
          </Typography.Title>
        }
      >
        <RoundFacts round={round.data} />
      </Card>
      {mayFile && <FileLineForm roundId={id} />}
      <Card title={text.lines}>
        <LinesTable lines={lines.data} reviewable={office} />
      </Card>
    </Space>
  );
}
