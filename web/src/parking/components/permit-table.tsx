import { Button, Space } from 'antd';
import { formatRocDate } from '../../common/dates/roc-date';
import { KeysetTable } from '../../common/lists/keyset-table';
import { permitPdfUrl, type Permit, type usePermitList } from '../hooks/use-parking';
import { parkingText as text } from '../messages';
import { PermitStatusTag } from './permit-status-tag';
import { RevokePermit } from './revoke-permit';

/** Permits with what a gate needs at a glance; active ones can be printed again or revoked. */
export function PermitTable({ list, emptyText }: { list: ReturnType<typeof usePermitList>; emptyText: string }) {
  return (
    <KeysetTable<Permit>
      list={list}
      emptyText={emptyText}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: text.serial, dataIndex: 'serial' },
        { title: text.plate, dataIndex: 'plate' },
        { title: text.visitor, key: 'visitor', render: (_, permit) => permit.visitorName ?? text.anonymised },
        {
          title: text.window,
          key: 'window',
          render: (_, permit) => `${formatRocDate(permit.validFrom)}－${formatRocDate(permit.validTo)}`,
        },
        { title: text.status, key: 'status', render: (_, permit) => <PermitStatusTag permit={permit} /> },
        {
          title: text.actions,
          key: 'actions',
          render: (_, permit) =>
            permit.status === 'active' ? (
              <Space>
                <Button size="small" href={permitPdfUrl(permit.id)} target="_blank" rel="noopener">
                  {text.print}
                </Button>
                <RevokePermit permit={permit} />
              </Space>
            ) : (
              permit.revocationReason
            ),
        },
      ]}
    />
  );
}
