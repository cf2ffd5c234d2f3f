import { Alert, Button, Form, Input } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { useCancelBooking, type Booking } from '../hooks/use-bookings';
import { fleetText as text } from '../messages';

/** Cancel a booking that has not left yet; the service asks for the reason. */
export function CancelBooking({ booking }: { booking: Booking }) {
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useCancelBooking(booking.id);
  const report = useErrorReporter();
  const message = usePageMessage();
  const onFinish = ({ reason }: { reason: string }) =>
    sendChange(
      cancel,
      { reason: reason.trim() },
      { onSuccess: () => void message.success(text.cancelled), onError: (error) => report(error, form) },
    );
  return (
    <Alert
      type="warning"
      title={text.cancel}
      description={
        <Form form={form} layout="vertical" onFinish={onFinish} disabled={cancel.isPending} style={{ marginTop: 12 }}>
          <Form.Item
            label={text.cancelReason}
            name="reason"
            rules={[{ required: true, whitespace: true, message: text.cancelReasonRequired }, { max: 500 }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Button danger htmlType="submit" loading={cancel.isPending}>
            {text.cancel}
          </Button>
        </Form>
      }
    />
  );
}
