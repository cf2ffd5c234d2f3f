import { Form, Input, Modal } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';

interface Props {
  title: string;
  label: string;
  requiredMessage: string;
  okText: string;
  cancelText: string;
  pending: boolean;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** Asks for the reason a booking is cancelled or rejected (the service requires one) and sends it. */
export function ReasonDialog({ title, label, requiredMessage, okText, cancelText, pending, onSubmit, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const report = useErrorReporter();
  async function send({ reason }: { reason: string }) {
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (error) {
      report(error, form);
    }
  }
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={{ danger: true, loading: pending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={send} disabled={pending}>
        <Form.Item
          label={label}
          name="reason"
          rules={[{ required: true, whitespace: true, message: requiredMessage }, { max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
