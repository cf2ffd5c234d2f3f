import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { RequestLine } from '../hooks/use-reviews';
import { formatAmount, reviewText as text } from '../messages';
import { DecisionForm } from './decision-form';
import { LineStateTag } from './line-state-tag';

function replacedVehicle(line: RequestLine): string {
  const parts = [
    line.replacedPlate,
    line.replacedAgeYears === null ? null : `${line.replacedAgeYears} 年`,
    line.replacedKm === null ? null : `${new Intl.NumberFormat('zh-TW').format(line.replacedKm)} 公里`,
  ];
  return parts.filter(Boolean).join('・') || '—';
}

function columns(onReview?: (line: RequestLine) => void): ColumnsType<RequestLine> {
  return [
    {
      title: text.rank,
      key: 'rank',
      render: (_, line) => (
        <>
          {line.rank} <Tag color={line.rank === 1 ? 'volcano' : undefined}>{line.rankLabel}</Tag>
        </>
      ),
    },
    { title: text.agency, dataIndex: 'agencyName' },
    {
      title: text.purpose,
      key: 'purpose',
      render: (_, line) => (
        <>
          <div style={{ overflowWrap: 'anywhere' }}>{line.purpose}</div>
          <Typography.Text type="secondary">{`${line.kindLabel} ${line.quantity} 輛・${line.reason}`}</Typography.Text>
        </>
      ),
    },
    { title: text.replaced, key: 'replaced', render: (_, line) => replacedVehicle(line) },
    {
      title: text.requested,
      key: 'requested',
      align: 'right',
      render: (_, line) => formatAmount(line.requestedAmount),
    },
    {
      title: text.state,
      key: 'state',
      render: (_, line) => (
        <>
          <LineStateTag line={line} />
          {line.approvedAmount !== null && (
            <div>{`${formatAmount(line.approvedAmount)}（${line.approvedQuantity} 輛）`}</div>
          )}
          {line.decisionReason && <Typography.Text type="secondary">{line.decisionReason}</Typography.Text>}
        </>
      ),
    },
    ...(onReview
      ? [
          {
            title: text.review,
            key: 'review',
            render: (_: unknown, line: RequestLine) => (
              <Button onClick={() => onReview(line)} aria-label={`${text.review}：${line.purpose}`}>
                {text.review}
              </Button>
            ),
          },
        ]
      : []),
  ];
}

/** A round's lines in review order; the office gets a review button on each. */
export function LinesTable({ lines, reviewable }: { lines: RequestLine[]; reviewable: boolean }) {
  const [reviewing, setReviewing] = useState<RequestLine | null>(null);
  return (
    <>
      <Table<RequestLine>
        rowKey="id"
        dataSource={lines}
        columns={columns(reviewable ? setReviewing : undefined)}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: text.linesEmpty }}
      />
      {reviewing && <DecisionForm line={reviewing} onClose={() => setReviewing(null)} />}
    </>
  );
}
