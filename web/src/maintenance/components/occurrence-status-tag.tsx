import { Tag } from 'antd';
import type { Occurrence } from '../hooks/use-obligations';

const COLOURS: Record<Occurrence['status'], string> = {
  upcoming: 'default',
  open: 'blue',
  overdue: 'error',
  completed: '#237804',
};

/** The due date's state in the service's words: red when late. */
export function OccurrenceStatusTag({ occurrence }: { occurrence: Pick<Occurrence, 'status' | 'statusLabel'> }) {
  return <Tag color={COLOURS[occurrence.status]}>{occurrence.statusLabel}</Tag>;
}
