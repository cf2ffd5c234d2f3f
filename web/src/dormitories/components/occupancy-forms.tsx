import { Button, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormDatePicker } from '../../common/dates/form-date-picker';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { type Assignment, useAgencies, useAssign, useMoveOut, useSetMoveOutDeadline } from '../hooks/use-dormitories';
import { dormitoryText as text } from '../messages';

const isoDay = (day: Dayjs) => day.format('YYYY-MM-DD');

/** Assigns an empty unit to a person of an agency, from a move-in day. */
export function AssignForm({ unitId, unitCode }: { unitId: string; unitCode: string }) {
  const [form] = Form.useForm<{
    occupantName: string;
    occupantAgencyId: string;
    startsOn: Dayjs;
    moveOutDueOn?: Dayjs;
  }>();
  const assign = useAssign();
  const agencies = useAgencies();
  const report = useErrorReporter();
  const message = usePageMessage();
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={text.assignTitle(unitCode)}
      onFinish={({ startsOn, moveOutDueOn, ...occupant }) =>
        sendChange(
          assign,
          { unitId, ...occupant, startsOn: isoDay(startsOn), moveOutDueOn: moveOutDueOn && isoDay(moveOutDueOn) },
          { onSuccess: () => void message.success(text.assigned), onError: (error) => report(error, form) },
        )
      }
    >
      <Form.Item name="occupantName" label={text.occupantName} rules={[{ required: true }]}>
        <Input maxLength={100} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="occupantAgencyId" label={text.occupantAgency} rules={[{ required: true }]}>
        <Select
          style={{ width: 180 }}
          loading={agencies.isPending}
          options={agencies.data?.items.map((agency) => ({ value: agency.id, label: agency.name }))}
        />
      </Form.Item>
      <Form.Item name="startsOn" label={text.startsOn} rules={[{ required: true }]}>
        <FormDatePicker />
      </Form.Item>
      <Form.Item name="moveOutDueOn" label={text.moveOutDueOn}>
        <FormDatePicker />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={assign.isPending}>
        {text.assign}
      </Button>
    </Form>
  );
}

/** Records the move-out, or sets the day by which the occupant must leave. */
export function OccupantActions({ assignment }: { assignment: Assignment }) {
  const [form] = Form.useForm<{ day: Dayjs }>();
  const moveOut = useMoveOut();
  const deadline = useSetMoveOutDeadline();
  const report = useErrorReporter();
  const message = usePageMessage();
  const run = async (action: 'moveOut' | 'deadline') => {
    const { day } = await form.validateFields();
    const base = { id: assignment.id, version: assignment.version };
    const options = { onError: (error: unknown) => report(error, form) };
    if (action === 'moveOut')
      sendChange(
        moveOut,
        { ...base, endsOn: isoDay(day) },
        { ...options, onSuccess: () => void message.success(text.movedOut) },
      );
    else
      sendChange(
        deadline,
        { ...base, moveOutDueOn: isoDay(day) },
        { ...options, onSuccess: () => void message.success(text.deadlineSaved) },
      );
  };
  return (
    <Form form={form} layout="vertical">
      <Form.Item name="day" label={`${text.endsOn}／${text.moveOutDueOn}`} rules={[{ required: true }]}>
        <FormDatePicker />
      </Form.Item>
      <Space>
        <Button onClick={() => void run('moveOut')} loading={moveOut.isPending}>
          {text.moveOut}
        </Button>
        <Button onClick={() => void run('deadline')} loading={deadline.isPending}>
          {text.setDeadline}
        </Button>
      </Space>
    </Form>
  );
}
