import { Card, Typography } from 'antd';
import { useParams } from 'react-router';
import { formatRocDate, todayIsoInTaipei } from '../../common/dates/roc-date';
import { ErrorState, LoadingState } from '../../common/states/states';
import { DormitoryStatusTag } from '../components/labels';
import { AssignForm, OccupantActions } from '../components/occupancy-forms';
import { useAssignmentList, useDormitory } from '../hooks/use-dormitories';
import { dormitoryText as text } from '../messages';

/** One dormitory: its units with their occupants (assign, move out, deadline) and its status history. */
export default function DormitoryPage() {
  const { id = '' } = useParams();
  const dormitory = useDormitory(id);
  const occupants = useAssignmentList({ dormitoryId: id, activeOn: todayIsoInTaipei() });
  if (dormitory.isPending) return <LoadingState />;
  if (dormitory.isError) return <ErrorState error={dormitory.error} onRetry={() => void dormitory.refetch()} />;
  const { data } = dormitory;
  const occupantOf = (unitId: string) => occupants.items.find((assignment) => assignment.unitId === unitId);
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {data.name}
      </Typography.Title>
      <Typography.Paragraph>
        {`${data.code}・${text.types[data.type]}・${data.address} `}
        <DormitoryStatusTag status={data.status} />
      </Typography.Paragraph>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {text.units}
      </Typography.Title>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {data.units.map((unit) => {
          const occupant = occupantOf(unit.id);
          return (
            <li key={unit.id} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                {`${text.unit} ${unit.code}：${occupant ? occupant.occupantName : text.noOccupant}`}
              </Typography.Title>
              {occupant ? (
                <>
                  <Typography.Paragraph type="secondary">
                    {`${text.startsOn} ${formatRocDate(occupant.startsOn)}`}
                    {occupant.moveOutDueOn && `・${text.moveOutDueOn} ${formatRocDate(occupant.moveOutDueOn)}`}
                  </Typography.Paragraph>
                  <OccupantActions assignment={occupant} />
                </>
              ) : (
                <AssignForm unitId={unit.id} unitCode={unit.code} />
              )}
            </li>
          );
        })}
      </ul>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {text.history}
      </Typography.Title>
      {data.history.length ? (
        <ul>
          {data.history.map((change) => (
            <li key={change.id}>
              {`${formatRocDate(change.effectiveOn)} ${text.statuses[change.fromStatus]} → ${text.statuses[change.toStatus]}`}
              {change.note && `（${change.note}）`}
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Text type="secondary">{text.historyEmpty}</Typography.Text>
      )}
    </Card>
  );
}
