import { Alert, Button, Form, Input, Rate, Space } from 'antd';
import { useState } from 'react';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { useTransition, type TicketDetail } from '../hooks/use-tickets';
import { maintenanceText as text } from '../messages';

interface Fields {
  satisfaction?: number;
  satisfactionComment?: string;
  reason?: string;
}

/** A resolved ticket waits for its requester: confirm the fix and rate it, or reopen it with a reason. */
export function TicketConfirmation({ ticket }: { ticket: TicketDetail }) {
  const [form] = Form.useForm<Fields>();
  const [reopening, setReopening] = useState(false);
  const transition = useTransition(ticket.id);
  const report = useErrorReporter();
  const act = (fields: Fields) =>
    transition.mutate(
      reopening
        ? { action: 'reopen', version: ticket.version, reason: fields.reason }
        : {
            action: 'confirm',
            version: ticket.version,
            satisfaction: fields.satisfaction,
            satisfactionComment: fields.satisfactionComment || undefined,
          },
      { onError: (error) => report(error, form) },
    );
  return (
    <Alert
      type="success"
      title={text.confirmTitle}
      description={
        <Form form={form} layout="vertical" onFinish={act} disabled={transition.isPending} style={{ marginTop: 12 }}>
          {ticket.resolutionNote && <p>{`${text.resolutionNote}：${ticket.resolutionNote}`}</p>}
          {reopening ? (
            <Form.Item
              label={text.reopenReason}
              name="reason"
              rules={[{ required: true, whitespace: true, message: text.reopenReasonRequired }]}
            >
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          ) : (
            <>
              <Form.Item label={text.satisfaction} name="satisfaction">
                <Rate />
              </Form.Item>
              <Form.Item label={text.satisfactionComment} name="satisfactionComment">
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
            </>
          )}
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={transition.isPending}>
              {reopening ? text.reopen : text.confirm}
            </Button>
            <Button onClick={() => setReopening(!reopening)}>{reopening ? text.confirm : text.reopen}</Button>
          </Space>
        </Form>
      }
    />
  );
}
