import { Button, Form, Input, List, Typography } from 'antd';
import { formatRocDateTime } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { EmptyState } from '../../common/states/states';
import { useComment, type TicketDetail } from '../hooks/use-tickets';
import { maintenanceText as text } from '../messages';

/** The public comments (requesters never see internal ones) and a form to add one. */
export function TicketComments({ ticket }: { ticket: TicketDetail }) {
  const [form] = Form.useForm<{ body: string }>();
  const comment = useComment(ticket.id);
  const report = useErrorReporter();
  const onFinish = (values: { body: string }) =>
    comment.mutate(values, { onSuccess: () => form.resetFields(), onError: (error) => report(error, form) });
  return (
    <>
      {ticket.comments.length ? (
        <List
          dataSource={ticket.comments}
          rowKey="id"
          renderItem={(item) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <>
                    {item.authorName}
                    <Typography.Text type="secondary"> ・{formatRocDateTime(item.createdAt)}</Typography.Text>
                  </>
                }
                description={<span style={{ whiteSpace: 'pre-wrap' }}>{item.body}</span>}
              />
            </List.Item>
          )}
        />
      ) : (
        <EmptyState description={text.commentsEmpty} />
      )}
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={comment.isPending}>
        <Form.Item
          label={text.addComment}
          name="body"
          rules={[{ required: true, whitespace: true, message: text.commentRequired }]}
        >
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <Button htmlType="submit" loading={comment.isPending}>
          {text.send}
        </Button>
      </Form>
    </>
  );
}
