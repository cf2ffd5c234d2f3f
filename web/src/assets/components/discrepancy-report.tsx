import { Card, List, Space, Typography } from 'antd';
import type { Schemas } from '../../common/api/client';
import { ErrorState, LoadingState } from '../../common/states/states';
import { discrepancyText as text } from '../discrepancy-messages';
import { useLocationTree } from '../hooks/use-assets';
import { useDiscrepancies } from '../hooks/use-stocktake-discrepancies';
import { locationNames } from './locations';
import { RegisterSurplus } from './register-surplus';

type Line = Schemas['StocktakeLineView'];

/** The stocktake's discrepancies by kind, with their counts; surplus lines can join the register from here. */
export function DiscrepancyReport({ stocktakeId }: { stocktakeId: string }) {
  const report = useDiscrepancies(stocktakeId);
  const names = locationNames(useLocationTree().data);
  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const { counts, missing, moved, damaged, surplus } = report.data;
  const lines = (title: string, items: Line[], detail: (line: Line) => string) => (
    <List
      header={<Typography.Text strong>{`${title}（${items.length}）`}</Typography.Text>}
      dataSource={items}
      locale={{ emptyText: text.none }}
      renderItem={(line) => (
        <List.Item key={line.id}>
          {`${line.asset.propertyNumber} ${line.asset.name}`}
          {detail(line) && `：${detail(line)}`}
        </List.Item>
      )}
    />
  );
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {text.resultTitle}
        </Typography.Title>
      }
    >
      <Typography.Paragraph>
        {text.counts(counts.missing, counts.moved, counts.damaged, counts.surplus)}
      </Typography.Paragraph>
      {lines(text.missing, missing, (line) => line.note ?? '')}
      {lines(text.moved, moved, (line) =>
        [names.get(line.foundLocationId ?? ''), line.foundCustodianName].filter(Boolean).join('，'),
      )}
      {lines(text.damaged, damaged, (line) => line.note ?? '')}
      <List
        header={<Typography.Text strong>{`${text.surplus}（${surplus.length}）`}</Typography.Text>}
        dataSource={surplus}
        locale={{ emptyText: text.none }}
        renderItem={(item) => (
          <List.Item key={item.id}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text>
                {[item.name, names.get(item.foundLocationId), item.foundCustodianName].filter(Boolean).join('，')}
              </Typography.Text>
              <RegisterSurplus stocktakeId={stocktakeId} surplus={item} />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
