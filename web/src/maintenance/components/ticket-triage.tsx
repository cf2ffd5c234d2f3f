import { Button, Form, Input, Select } from 'antd';
import type { Schemas } from '../../common/api/client';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { useTriage } from '../hooks/use-office';
import { useTrades, type TicketDetail } from '../hooks/use-tickets';
import { maintenanceText } from '../messages';
import { officeText as text } from '../office-messages';

type Fields = Omit<Schemas['TriageTicketDto'], 'version'>;
const PRIORITY_OPTIONS = Object.entries(maintenanceText.priorities).map(([value, label]) => ({ value, label }));

/** The coordinator sets the trade and the priority (the SLA targets follow them). */
export function TicketTriage({ ticket }: { ticket: TicketDetail }) {
  const [form] = Form.useForm<Fields>();
  const trades = useTrades();
  const triage = useTriage(ticket.id);
  const report = useErrorReporter();
  const message = usePageMessage();
  const onFinish = (fields: Fields) =>
    sendChange(
      triage,
      { version: ticket.version, ...fields, subCategory: fields.subCategory || undefined },
      { onSuccess: () => void message.success(text.triaged), onError: (error) => report(error, form) },
    );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={triage.isPending}
      initialValues={{
        tradeCode: ticket.tradeCode,
        priority: ticket.priority,
        subCategory: ticket.subCategory ?? undefined,
      }}
    >
      <Form.Item label={maintenanceText.trade} name="tradeCode" rules={[{ required: true, message: text.required }]}>
        <Select
          loading={trades.isPending}
          options={trades.data?.map((trade) => ({ value: trade.code, label: trade.name }))}
        />
      </Form.Item>
      <Form.Item label={maintenanceText.priority} name="priority" rules={[{ required: true, message: text.required }]}>
        <Select options={PRIORITY_OPTIONS} />
      </Form.Item>
      <Form.Item label={text.subCategory} name="subCategory">
        <Input maxLength={100} />
      </Form.Item>
      <Button htmlType="submit" loading={triage.isPending}>
        {text.saveTriage}
      </Button>
    </Form>
  );
}
