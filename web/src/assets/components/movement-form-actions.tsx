import { Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import type { SessionUser } from '../../common/session/session';
import { useDecideMovementForm, type MovementForm } from '../hooks/use-movement-forms';
import { movementFormText as text } from '../movement-form-messages';

/** Approve and reject for whoever holds the next step's role; withdraw for the filer. The service has the last word. */
export function MovementFormActions({ form, user }: { form: MovementForm; user: SessionUser }) {
  const decide = useDecideMovementForm();
  const report = useErrorReporter();
  const message = usePageMessage();
  const [rejecting, setRejecting] = useState(false);
  if (form.status !== 'pending') return null;
  const mayDecide = form.nextRole !== null && user.roles.includes(form.nextRole);
  const isFiler = form.filedByUserId === user.id;
  const send = (decision: 'approve' | 'withdraw', done: string) =>
    sendChange(
      decide,
      { form, decision },
      { onSuccess: () => void message.success(done), onError: (error) => report(error) },
    );
  return (
    <Space wrap>
      {mayDecide && (
        <Button type="primary" size="small" loading={decide.isPending} onClick={() => send('approve', text.approved)}>
          {text.approve}
        </Button>
      )}
      {mayDecide && (
        <Button danger size="small" onClick={() => setRejecting(true)}>
          {text.reject}
        </Button>
      )}
      {isFiler && (
        <Button size="small" loading={decide.isPending} onClick={() => send('withdraw', text.withdrawn)}>
          {text.withdraw}
        </Button>
      )}
      {rejecting && <RejectDialog form={form} onClose={() => setRejecting(false)} />}
    </Space>
  );
}

function RejectDialog({ form, onClose }: { form: MovementForm; onClose: () => void }) {
  const decide = useDecideMovementForm();
  const [dialog] = Form.useForm<{ note: string }>();
  const report = useErrorReporter();
  const message = usePageMessage();
  const submit = ({ note }: { note: string }) =>
    sendChange(
      decide,
      { form, decision: 'reject', note: note.trim() },
      {
        onSuccess: () => {
          void message.success(text.rejected);
          onClose();
        },
        onError: (error) => report(error, dialog),
      },
    );
  return (
    <Modal
      open
      title={text.rejectTitle}
      okText={text.reject}
      cancelText={text.cancel}
      okButtonProps={{ danger: true, loading: decide.isPending }}
      onOk={() => dialog.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={dialog} layout="vertical" onFinish={submit}>
        <Form.Item
          name="note"
          label={text.rejectReason}
          rules={[{ required: true, whitespace: true, message: text.rejectReasonRequired }, { max: 1000 }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
