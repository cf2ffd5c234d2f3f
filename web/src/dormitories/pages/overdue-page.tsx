import { Card, Typography } from 'antd';
import { formatRocDate, todayIsoInTaipei } from '../../common/dates/roc-date';
import { KeysetTable } from '../../common/lists/keyset-table';
import { type Assignment, useAssignmentList } from '../hooks/use-dormitories';
import { dormitoryText as text } from '../messages';

/** Occupants still living in a dormitory after the day they had to move out by. */
export default function OverduePage() {
  const list = useAssignmentList({ overdueOn: todayIsoInTaipei() });
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.overdueTitle}
      </Typography.Title>
      <KeysetTable<Assignment>
        list={list}
        emptyText={text.overdueEmpty}
        columns={[
          { title: text.occupant, dataIndex: 'occupantName' },
          { title: text.startsOn, dataIndex: 'startsOn', render: (day: string) => formatRocDate(day) },
          { title: text.moveOutDueOn, dataIndex: 'moveOutDueOn', render: (day: string) => formatRocDate(day) },
        ]}
      />
    </Card>
  );
}
