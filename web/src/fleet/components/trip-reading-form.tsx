import { Button, Form, Input, InputNumber } from 'antd';
import { ApiError } from '../../common/api/client';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { dispatchText as text } from '../dispatch-text';
import { useTripReading, type Trip } from '../hooks/use-dispatch';

interface Reading {
  odometerKm: number;
  fuelPercent: number;
  notes?: string;
}

/** The lowest reading the service would accept, from a refused one (`fleet.odometer_lower`). */
function lowestAccepted(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || error.body.code !== 'fleet.odometer_lower') return undefined;
  const details = error.body.details as { lastReadingKm?: number } | undefined;
  return details?.lastReadingKm;
}

/** Check-out or check-in on a phone: odometer, fuel and remarks; a refused odometer says which reading is the floor. */
export function TripReadingForm({ trip, step }: { trip: Trip; step: 'check-out' | 'check-in' }) {
  const [form] = Form.useForm<Reading>();
  const reading = useTripReading(trip.id, step);
  const report = useErrorReporter();
  const message = usePageMessage();
  const label = step === 'check-out' ? text.checkOut : text.checkIn;
  const onFinish = (values: Reading) =>
    sendChange(
      reading,
      { ...values, notes: values.notes?.trim() || undefined },
      {
        onSuccess: () => void message.success(step === 'check-out' ? text.checkedOut : text.checkedIn),
        onError: (error) => {
          const lowest = lowestAccepted(error);
          if (lowest === undefined) report(error, form);
          else form.setFields([{ name: 'odometerKm', errors: [text.odometerLower(lowest)] }]);
        },
      },
    );
  return (
    <Form
      form={form}
      name={`${step}-${trip.id}`}
      layout="vertical"
      onFinish={onFinish}
      disabled={reading.isPending}
      aria-label={label}
    >
      <Form.Item label={text.odometer} name="odometerKm" rules={[{ required: true, message: text.odometerRequired }]}>
        <InputNumber min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={text.fuel} name="fuelPercent" rules={[{ required: true, message: text.fuelRequired }]}>
        <InputNumber min={0} max={100} precision={0} inputMode="numeric" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={text.remarks} name="notes" rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={reading.isPending}>
        {label}
      </Button>
    </Form>
  );
}
