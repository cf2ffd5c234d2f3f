import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { ApiError, type Schemas } from '../../common/api/client';
import { ErrorState, LoadingState, NotFoundState } from '../../common/states/states';
import { RoundFacts } from '../components/round-facts';
import { footerCell, WideTable } from '../components/wide-table';
import { useRoundSummary } from '../hooks/use-reviews';
import { formatAmount, reviewText as text } from '../messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A round's outcome: by kind, the purchases' shares by agency group, the report's sentence and the workbook. */
export default function SummaryPage() {
  const { id = '' } = useParams();
  if (!UUID.test(id)) return <NotFoundState title={text.notFound} />;
  return <Summary id={id} />;
}

function Summary({ id }: { id: string }) {
  const summary = useRoundSummary(id);
  if (summary.isPending) return <LoadingState />;
  if (summary.error instanceof ApiError && summary.error.status === 404) return <NotFoundState title={text.notFound} />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  const data = summary.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {text.summaryTitle(data.round.budgetYear)}
          </Typography.Title>
        }
        extra={
          <Button icon={<DownloadOutlined />} href={`/vehicle-reviews/rounds/${id}/summary/export`} download>
            {text.download}
          </Button>
        }
      >
        <RoundFacts round={data.round} />
        <Alert type="info" title={text.reportSentence} description={data.sentence} />
      </Card>
      <Card title={text.byKind}>
        <WideTable<Schemas['KindSummaryView']>
          rowKey={(row) => row.kind}
          rows={data.byKind}
          minWidth={640}
          columns={[
            { key: 'label', title: text.kind, render: (row) => row.label },
            { key: 'lines', title: text.lineCount, align: 'right', render: (row) => row.lines },
            {
              key: 'requestedQuantity',
              title: text.requestedQuantity,
              align: 'right',
              render: (row) => row.requestedQuantity,
            },
            {
              title: text.requested,
              key: 'requested',
              align: 'right',
              render: (row) => formatAmount(row.requestedAmount),
            },
            {
              key: 'approvedQuantity',
              title: text.approvedQuantity,
              align: 'right',
              render: (row) => row.approvedQuantity,
            },
            {
              title: text.approvedTotal,
              key: 'approved',
              align: 'right',
              render: (row) => formatAmount(row.approvedAmount),
            },
          ]}
          footer={
            <tr>
              <td colSpan={4} style={footerCell()}>
                {text.total}
              </td>
              <td style={footerCell('right')}>{data.approvedQuantity}</td>
              <td style={footerCell('right')}>
                {`${formatAmount(data.approvedAmount)}（${data.approvedAmountInTenThousands} 萬元）`}
              </td>
            </tr>
          }
        />
      </Card>
      <Card title={text.byGroup}>
        <WideTable<Schemas['GroupSummaryView']>
          minWidth={480}
          rowKey={(row) => row.group}
          rows={data.byGroup}
          columns={[
            { key: 'label', title: text.agency, render: (row) => row.label },
            {
              key: 'approvedQuantity',
              title: text.approvedQuantity,
              align: 'right',
              render: (row) => row.approvedQuantity,
            },
            {
              title: text.approvedTotal,
              key: 'approved',
              align: 'right',
              render: (row) => formatAmount(row.approvedAmount),
            },
            { title: text.share, key: 'share', align: 'right', render: (row) => `${row.sharePercent.toFixed(2)}%` },
          ]}
        />
      </Card>
    </Space>
  );
}
