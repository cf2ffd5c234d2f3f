import { Tag } from 'antd';
import type { Asset } from '../hooks/use-assets';
import { STATUS_LABELS } from '../messages';

/** The asset's status in Chinese; the theme's coloured tags fail the contrast check, so the plain one. */
export function AssetStatusTag({ status }: { status: Asset['status'] }) {
  return <Tag>{STATUS_LABELS[status]}</Tag>;
}
