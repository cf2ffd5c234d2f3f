import { Button, List, Typography } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { dispatchText as text } from '../dispatch-text';
import { useAcknowledgeWarning, type Warning } from '../hooks/use-dispatch';

/** The open due reminders (ROC dates in their text); acknowledging one takes it off the list. */
export function DueReminders({ reminders }: { reminders: Warning[] }) {
  const acknowledge = useAcknowledgeWarning();
  const report = useErrorReporter();
  const message = usePageMessage();
  if (reminders.length === 0) return <Typography.Text type="secondary">{text.warningsEmpty}</Typography.Text>;
  const onAcknowledge = (id: string) =>
    sendChange(acknowledge, id, {
      onSuccess: () => void message.success(text.warningAcknowledged),
      onError: (error) => report(error),
    });
  return (
    <List
      dataSource={reminders}
      renderItem={(reminder) => (
        <List.Item
          actions={[
            <Button
              key="acknowledge"
              size="small"
              aria-label={text.acknowledgeWarningOf(reminder.message)}
              loading={acknowledge.isPending && acknowledge.variables === reminder.id}
              onClick={() => onAcknowledge(reminder.id)}
            >
              {text.acknowledgeWarning}
            </Button>,
          ]}
        >
          {reminder.message}
        </List.Item>
      )}
    />
  );
}
