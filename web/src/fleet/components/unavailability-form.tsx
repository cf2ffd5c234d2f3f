import { Button, Form, Input, Select } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { dispatchText as text } from '../dispatch-text';
import { useAddUnavailability, type Vehicle } from '../hooks/use-dispatch';
import type { WindowFields } from './booking-window-fields';
import { ClashAlert, clashOf } from './clash-alert';
import { OffRoadWindowFields, offRoadWindow } from './off-road-window-fields';

interface Values extends WindowFields {
  vehicleId: string;
  kind: 'maintenance' | 'inspection' | 'repair';
  notes?: string;
}

/** Takes a vehicle out of service for a window; a trip already holding it is named. */
export function UnavailabilityForm({ vehicles }: { vehicles: Vehicle[] }) {
  const [form] = Form.useForm<Values>();
  const add = useAddUnavailability();
  const report = useErrorReporter();
  const message = usePageMessage();
  const clash = clashOf(add.error);
  const onFinish = (values: Values) =>
    sendChange(
      add,
      {
        vehicleId: values.vehicleId,
        kind: values.kind,
        ...offRoadWindow(values),
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
      <OffRoadWindowFields />
      <Form.Item label={text.notes} name="notes" rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {text.addUnavailability}
      </Button>
    </Form>
  );
}
