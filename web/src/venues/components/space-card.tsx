import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ListRow } from '../../common/lists/list-row';
import type { Space } from '../hooks/use-venues';
import { venuesText as text } from '../messages';

/** A space as a row that fits a phone: name and center, capacity, hours, approval, equipment. */
export function SpaceCard({ space, extra, action }: { space: Space; extra?: ReactNode; action?: ReactNode }) {
  return (
    <ListRow aside={action}>
      <Typography.Text strong>{space.name}</Typography.Text>
      <Typography.Text type="secondary">{` ${space.siteName}・${space.kindLabel}`}</Typography.Text>
      <div>
        <Tag>{text.capacity(space.capacity)}</Tag>
        <Tag>{text.openingHours(space.opensAt, space.closesAt)}</Tag>
        <Tag color={space.needsApproval ? 'magenta' : 'geekblue'}>
          {space.needsApproval ? text.needsApproval : text.instant}
        </Tag>
        {extra}
      </div>
      <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
        {space.equipment.map((item) => `${item.name}×${item.quantity}`).join('、')}
      </Typography.Text>
    </ListRow>
  );
}
