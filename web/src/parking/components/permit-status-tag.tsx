import { Tag } from 'antd';
import type { Permit } from '../hooks/use-parking';

// Dark enough for axe's contrast check on the tag's light background.
const LOOK: Record<Permit['status'], { color: string; label: string }> = {
  active: { color: '#0b6b2f', label: '有效' },
  revoked: { color: '#a8071a', label: '已撤銷' },
  expired: { color: '#595959', label: '已逾期' },
};

/** Shown beside the status of a permit brought in from the office's earlier records. */
const IMPORTED = '歷史匯入';

export function PermitStatusTag({ permit }: { permit: Pick<Permit, 'status' | 'importedAt'> }) {
  const look = LOOK[permit.status];
  return (
    <>
      <Tag variant="outlined" style={{ color: look.color, borderColor: look.color, background: '#fff' }}>
        {look.label}
      </Tag>
      {permit.importedAt && <Tag>{IMPORTED}</Tag>}
    </>
  );
}
