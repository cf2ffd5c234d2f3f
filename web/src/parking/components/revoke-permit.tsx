import { Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { useRevokePermit, type Permit } from '../hooks/use-parking';
import { parkingText as text } from '../messages';

/** Revokes an active permit with the reason the service keeps; its remaining days free up. */
export function RevokePermit({ permit }: { permit: Permit }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useRevokePermit(permit.id);
  const report = useErrorReporter();
  const message = usePageMessage();
  const onFinish = ({ reason }: { reason: string }) =>
    sendChange(
      revoke,
      { reason: reason.trim(), version: permit.version },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success(text.revoked);
        },
        onError: (error) => report(error, form),
      },
    );
  return (
    <>
      <Button danger size="small" onClick={() => setOpen(true)}>
        {text.revoke}
      </Button>
      <Modal
        open={open}
        title={text.revokeTitle(permit.serial)}
        okText={text.revokeConfirm}
        okButtonProps={{ danger: true, loading: revoke.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={onFinish} disabled={revoke.isPending}>
          <Form.Item
            label={text.revokeReason}
            name="reason"
            rules={[{ required: true, whitespace: true, message: text.revokeReasonRequired }, { max: 200 }]}
          >
            <Input.TextArea rows={2} maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
