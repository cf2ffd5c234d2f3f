import { Tag } from 'antd';
import type { RequestLine } from '../hooks/use-reviews';

const COLORS: Record<RequestLine['state'], string> = {
  filed: 'blue',
  approved: 'green',
  deferred: 'gold',
  rejected: 'red',
};

export function LineStateTag({ line }: { line: RequestLine }) {
  return <Tag color={COLORS[line.state]}>{line.stateLabel}</Tag>;
}
