import { Tag } from 'antd';
import { dormitoryText as text } from '../messages';

const STATUS_COLORS: Record<string, string> = { in_use: 'blue', vacant: 'default', lent_out: 'purple' };

/** A dormitory's status as a coloured tag, with its zh-TW name. */
export function DormitoryStatusTag({ status }: { status: string }) {
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{text.statuses[status] ?? status}</Tag>;
}

/** `{ value: code, label: zh-TW }` options of a label table, for a Select. */
export function optionsOf(labels: Record<string, string>) {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
