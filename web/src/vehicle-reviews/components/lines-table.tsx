import { Button, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { RequestLine } from '../hooks/use-reviews';
import { formatAmount, reviewText as text } from '../messages';
import { DecisionForm } from './decision-form';
import { LineStateTag } from './line-state-tag';
import { type Column, WideTable } from './wide-table';

function replacedVehicle(line: RequestLine): string {
  const parts = [
    line.replacedPlate,
    line.replacedAgeYears === null ? null : `${line.replacedAgeYears} 年`,
    line.replacedKm === null ? null : `${new Intl.NumberFormat('zh-TW').format(line.replacedKm)} 公里`,
  ];
  return parts.filter(Boolean).join('・') || '—';
}

function columns(onReview?: (line: RequestLine) => void): Column<RequestLine>[] {
  return [
    {
      title: text.rank,
      key: 'rank',
      render: (line) => (
        <>
          {line.rank} <Tag color={line.rank === 1 ? '#a8071a' : undefined}>{line.rankLabel}</Tag>
        </>
      ),
    },
    { key: 'agencyName', title: text.agency, render: (row) => row.agencyName },
    {
      title: text.purpose,
      key: 'purpose',
      render: (line) => (
        <>
          <div style={{ overflowWrap: 'anywhere' }}>{line.purpose}</div>
          <Typography.Text type="secondary">{`${line.kindLabel} ${line.quantity} 輛・${line.reason}`}</Typography.Text>
        </>
      ),
    },
    { title: text.replaced, key: 'replaced', render: (line) => replacedVehicle(line) },
    {
      title: text.requested,
      key: 'requested',
      align: 'right',
      render: (line) => formatAmount(line.requestedAmount),
    },
    {
      title: text.state,
      key: 'state',
      render: (line) => (
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
            render: (line: RequestLine) => (
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
      <WideTable<RequestLine>
        rowKey={(row) => row.id}
        rows={lines}
        columns={columns(reviewable ? setReviewing : undefined)}
        minWidth={900}
        emptyText={text.linesEmpty}
      />
      {reviewing && <DecisionForm line={reviewing} onClose={() => setReviewing(null)} />}
    </>
  );
}
