import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useParams } from 'react-router';
import { ApiError, type Schemas } from '../../common/api/client';
import { ErrorState, LoadingState, NotFoundState } from '../../common/states/states';
import { RoundFacts } from '../components/round-facts';
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
        <Table<Schemas['KindSummaryView']>
          rowKey="kind"
          dataSource={data.byKind}
          pagination={false}
          scroll={{ x: 640 }}
          columns={[
            { title: text.kind, dataIndex: 'label' },
            { title: text.lineCount, dataIndex: 'lines', align: 'right' },
            { title: text.requestedQuantity, dataIndex: 'requestedQuantity', align: 'right' },
            {
              title: text.requested,
              key: 'requested',
              align: 'right',
              render: (_, row) => formatAmount(row.requestedAmount),
            },
            { title: text.approvedQuantity, dataIndex: 'approvedQuantity', align: 'right' },
            {
              title: text.approvedTotal,
              key: 'approved',
              align: 'right',
              render: (_, row) => formatAmount(row.approvedAmount),
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4}>
                {text.total}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {data.approvedQuantity}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {`${formatAmount(data.approvedAmount)}（${data.approvedAmountInTenThousands} 萬元）`}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
      <Card title={text.byGroup}>
        <Table<Schemas['GroupSummaryView']>
          rowKey="group"
          dataSource={data.byGroup}
          pagination={false}
          columns={[
            { title: text.agency, dataIndex: 'label' },
            { title: text.approvedQuantity, dataIndex: 'approvedQuantity', align: 'right' },
            {
              title: text.approvedTotal,
              key: 'approved',
              align: 'right',
              render: (_, row) => formatAmount(row.approvedAmount),
            },
            { title: text.share, key: 'share', align: 'right', render: (_, row) => `${row.sharePercent.toFixed(2)}%` },
          ]}
        />
      </Card>
    </Space>
  );
}
