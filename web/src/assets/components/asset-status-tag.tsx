import { Tag } from 'antd';
import type { Asset } from '../hooks/use-assets';
import { STATUS_LABELS } from '../messages';

const COLORS: Record<Asset['status'], string> = {
  in_use: 'success',
  idle: 'warning',
  missing: 'error',
  transferred: 'default',
  donated: 'default',
  sold: 'default',
  scrapped: 'default',
};

export function AssetStatusTag({ status }: { status: Asset['status'] }) {
  return <Tag color={COLORS[status]}>{STATUS_LABELS[status]}</Tag>;
}
