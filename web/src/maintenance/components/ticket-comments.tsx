import { Button, Checkbox, Form, Input, List, Tag, Typography } from 'antd';
import { formatRocDateTime } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { EmptyState } from '../../common/states/states';
import { useComment, type TicketDetail } from '../hooks/use-tickets';
import { maintenanceText as text } from '../messages';
import { officeText } from '../office-messages';

type Fields = { body: string; internal?: boolean };

/**
 * The comments and a form to add one. Requesters never see internal ones; the office (`office`)
 * sees them tagged and may write them.
 */
export function TicketComments({ ticket, office = false }: { ticket: TicketDetail; office?: boolean }) {
  const [form] = Form.useForm<Fields>();
  const comment = useComment(ticket.id);
  const report = useErrorReporter();
  const onFinish = (values: Fields) =>
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
                    {item.internal && <Tag style={{ marginInlineStart: 8 }}>{officeText.internalTag}</Tag>}
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
        {office && (
          <Form.Item name="internal" valuePropName="checked">
            <Checkbox>{officeText.internal}</Checkbox>
          </Form.Item>
        )}
        <Button htmlType="submit" loading={comment.isPending}>
          {text.send}
        </Button>
      </Form>
    </>
  );
}
