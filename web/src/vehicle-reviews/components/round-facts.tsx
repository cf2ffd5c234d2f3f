import { Descriptions, Tag } from 'antd';
import type { Round } from '../hooks/use-reviews';
import { formatAmount, formatRocDay, reviewText as text } from '../messages';

/** A round's deadline and money: the ceiling, what is approved and what remains. */
export function RoundFacts({ round }: { round: Round }) {
  return (
    <Descriptions column={{ xs: 1, md: 3 }} size="small">
      <Descriptions.Item label={text.deadline}>
        {formatRocDay(round.deadline)}{' '}
        <Tag color={round.filingOpen ? '#237804' : 'default'}>{round.filingOpen ? text.filing : text.filingClosed}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={text.ceiling}>{formatAmount(round.ceilingAmount)}</Descriptions.Item>
      <Descriptions.Item label={text.approvedTotal}>{formatAmount(round.approvedTotal)}</Descriptions.Item>
      <Descriptions.Item label={text.remaining}>{formatAmount(round.remainingAmount)}</Descriptions.Item>
    </Descriptions>
  );
}
