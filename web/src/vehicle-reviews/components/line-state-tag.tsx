import { Tag } from 'antd';
import type { RequestLine } from '../hooks/use-reviews';

/** Solid dark colours: the light presets fail WCAG AA contrast (axe checks the pages). */
const COLORS: Record<RequestLine['state'], string> = {
  filed: 'blue',
  approved: '#237804',
  deferred: '#874d00',
  rejected: '#a8071a',
};

export function LineStateTag({ line }: { line: RequestLine }) {
  return <Tag color={COLORS[line.state]}>{line.stateLabel}</Tag>;
}
