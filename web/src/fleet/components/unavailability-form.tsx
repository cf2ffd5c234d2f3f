import { Button, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { dispatchText as text } from '../dispatch-text';
import { useAddUnavailability, type Vehicle } from '../hooks/use-dispatch';
import { ClashAlert, clashOf } from './clash-alert';

interface Values {
  vehicleId: string;
  kind: 'maintenance' | 'inspection' | 'repair';
  startsAt: Dayjs;
  endsAt: Dayjs;
  notes?: string;
}

const TIME_FORMAT = 'YYYY/MM/DD HH:mm';

/** Takes a vehicle out of service for a window; a trip already holding it is named. */
export function UnavailabilityForm({ vehicles }: { vehicles: Vehicle[] }) {
  const [form] = Form.useForm<Values>();
  const add = useAddUnavailability();
  const report = useErrorReporter();
  const message = usePageMessage();
  const clash = clashOf(add.error);
  const onFinish = (values: Values) =>
    add.mutate(
      {
        vehicleId: values.vehicleId,
        kind: values.kind,
        startsAt: values.startsAt.toISOString(),
        endsAt: values.endsAt.toISOString(),
        notes: values.notes?.trim() || undefined,
      },
      {
        onSuccess: () => {
          void message.success(text.unavailabilityAdded);
          form.resetFields();
        },
        onError: (error) => (clashOf(error) ? undefined : report(error, form)),
      },
    );
  return (
    <Form form={form} name="unavailability" layout="vertical" onFinish={onFinish} disabled={add.isPending}>
      {clash && <ClashAlert clash={clash} />}
      <Form.Item
        label={text.vehiclesTitle}
        name="vehicleId"
        rules={[{ required: true, message: text.vehicleRequired }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          options={vehicles.map((vehicle) => ({ value: vehicle.id, label: vehicle.plate }))}
        />
      </Form.Item>
      <Form.Item label={text.unavailabilityKind} name="kind" rules={[{ required: true }]}>
        <Select options={Object.entries(text.unavailabilityKinds).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item label={text.from} name="startsAt" rules={[{ required: true }]}>
        <RocDatePicker showTime={{ format: 'HH:mm' }} format={TIME_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={text.until} name="endsAt" rules={[{ required: true }]}>
        <RocDatePicker showTime={{ format: 'HH:mm' }} format={TIME_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={text.notes} name="notes" rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {text.addUnavailability}
      </Button>
    </Form>
  );
}
