import { Card, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatRocDate } from '../../common/dates/roc-date';
import { KeysetTable } from '../../common/lists/keyset-table';
import { useSession } from '../../common/session/session';
import { FileMovementForm } from '../components/file-movement-form';
import { MovementFormActions } from '../components/movement-form-actions';
import { useMovementFormList, type MovementForm } from '../hooks/use-movement-forms';
import {
  APPROVER_LABELS,
  FORM_STATUS_LABELS,
  MOVEMENT_KIND_LABELS,
  movementFormText as text,
} from '../movement-form-messages';

/** Movement forms: filing one, and the forms waiting for the user's approval or all the user may see. */
export default function MovementFormsPage() {
  const user = useSession().data;
  const [awaitingMe, setAwaitingMe] = useState(true);
  const list = useMovementFormList(awaitingMe ? { awaitingMe: true } : {});
  if (!user) return null;
  const mayFile = user.roles.some((role) => role === 'property_officer' || role === 'agency_admin');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {text.title}
      </Typography.Title>
      {mayFile && <FileMovementForm />}
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {text.listTitle}
          </Typography.Title>
        }
        extra={
          <Segmented
            aria-label={text.listTitle}
            value={awaitingMe ? 'mine' : 'all'}
            onChange={(value) => setAwaitingMe(value === 'mine')}
            options={[
              { value: 'mine', label: text.awaitingMe },
              { value: 'all', label: text.all },
            ]}
          />
        }
      >
        <KeysetTable
          list={list}
          emptyText={text.empty}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: text.asset,
              key: 'asset',
              render: (_, form) => `${form.propertyNumber} ${form.assetName}`,
            },
            { title: text.kind, dataIndex: 'kind', render: (kind: MovementForm['kind']) => MOVEMENT_KIND_LABELS[kind] },
            { title: text.cost, dataIndex: 'assetCost', render: (cost: number) => cost.toLocaleString('zh-TW') },
            {
              title: text.progress,
              key: 'progress',
              render: (_, form) =>
                `${text.progressText(form.approvedSteps, form.approvalSteps.length)}${form.nextRole ? `，${text.next(APPROVER_LABELS[form.nextRole])}` : ''}`,
            },
            {
              title: text.status,
              dataIndex: 'status',
              render: (status: MovementForm['status'], form) => (
                <Space orientation="vertical" size={0}>
                  <Tag>{FORM_STATUS_LABELS[status]}</Tag>
                  {form.rejectionNote && <Typography.Text type="secondary">{form.rejectionNote}</Typography.Text>}
                  <Typography.Text type="secondary">{formatRocDate(form.filedAt)}</Typography.Text>
                </Space>
              ),
            },
            {
              title: text.actions,
              key: 'actions',
              render: (_, form) => <MovementFormActions form={form} user={user} />,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
