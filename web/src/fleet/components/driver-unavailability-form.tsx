import { Button, Form, Input, Select } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { dispatchText as text } from '../dispatch-text';
import { useAddDriverUnavailability, type Driver, type DriverUnavailability } from '../hooks/use-dispatch';
import type { WindowFields } from './booking-window-fields';
import { ClashAlert, clashOf } from './clash-alert';
import { OffRoadWindowFields, offRoadWindow } from './off-road-window-fields';

interface Values extends WindowFields {
  driverId: string;
  kind: DriverUnavailability['kind'];
  reason: string;
}

/** Records a driver's leave, training or duty away; a trip the driver already drives then is named. */
export function DriverUnavailabilityForm({ drivers }: { drivers: Driver[] }) {
  const [form] = Form.useForm<Values>();
  const add = useAddDriverUnavailability();
  const report = useErrorReporter();
  const message = usePageMessage();
  const clash = clashOf(add.error);
  const onFinish = (values: Values) =>
    sendChange(
      add,
      {
        driverId: values.driverId,
        kind: values.kind,
        ...offRoadWindow(values),
        reason: values.reason.trim(),
      },
      {
        onSuccess: () => {
          void message.success(text.driverUnavailabilityAdded);
          form.resetFields();
        },
        onError: (error) => (clashOf(error) ? undefined : report(error, form)),
      },
    );
  return (
    <Form form={form} name="driver-unavailability" layout="vertical" onFinish={onFinish} disabled={add.isPending}>
      {clash && <ClashAlert clash={clash} />}
      <Form.Item label={text.driver} name="driverId" rules={[{ required: true, message: text.driverRequiredForLeave }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={drivers.map((driver) => ({ value: driver.id, label: driver.displayName }))}
        />
      </Form.Item>
      <Form.Item
        label={text.driverUnavailabilityKind}
        name="kind"
        rules={[{ required: true, message: text.driverUnavailabilityKindRequired }]}
      >
        <Select options={Object.entries(text.driverUnavailabilityKinds).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <OffRoadWindowFields />
      <Form.Item
        label={text.driverUnavailabilityReason}
        name="reason"
        rules={[{ required: true, whitespace: true, message: text.driverUnavailabilityReasonRequired }, { max: 500 }]}
      >
        <Input />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {text.addDriverUnavailability}
      </Button>
    </Form>
  );
}
