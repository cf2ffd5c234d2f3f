import { Button, Popconfirm, Space, Typography } from 'antd';
import type { Schemas } from '../../common/api/client';
import { formatRocDateTime } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { ErrorState, LoadingState } from '../../common/states/states';
import { useRecompute, useSnapshotHistory } from '../hooks/use-figures';
import { figuresText as text } from '../messages';
import type { FiguresQuery } from '../period';
import { PlainTable, type PlainColumn } from './plain-table';

type Snapshot = Schemas['FiguresReportView'];

const columns: PlainColumn<Snapshot>[] = [
  { title: text.computedAt, render: (row) => formatRocDateTime(row.computedAt) },
  { title: text.computedBy, render: (row) => row.computedByName },
  {
    title: text.state,
    render: (row) =>
      row.supersededAt ? (
        <Typography.Text type="secondary">{text.supersededAt(formatRocDateTime(row.supersededAt))}</Typography.Text>
      ) : (
        <Typography.Text strong>{text.currentSnapshot}</Typography.Text>
      ),
  },
];

/** The period's kept snapshots (the scheduled job's and recomputes'), who computed each and when, and a recompute. */
export function SnapshotHistory({ query }: { query: FiguresQuery }) {
  const history = useSnapshotHistory(query);
  const recompute = useRecompute(query);
  const report = useErrorReporter();
  const message = usePageMessage();
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{text.snapshotsHint}</Typography.Text>
      {history.data.length ? (
        <PlainTable<Snapshot> columns={columns} rows={history.data} rowKey={(row) => row.id ?? row.computedAt} />
      ) : (
        <Typography.Paragraph>{text.noSnapshots}</Typography.Paragraph>
      )}
      <Popconfirm
        title={text.recomputeConfirm}
        onConfirm={() =>
          sendChange(recompute, undefined, {
            onSuccess: () => void message.success(text.recomputed),
            onError: (error) => report(error),
          })
        }
      >
        <Button loading={recompute.isPending}>{text.recompute}</Button>
      </Popconfirm>
    </Space>
  );
}
