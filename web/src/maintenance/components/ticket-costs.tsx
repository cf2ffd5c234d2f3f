import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Schemas } from '../../common/api/client';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { useAddCostLine } from '../hooks/use-office';
import type { TicketDetail } from '../hooks/use-tickets';
import { officeText as text } from '../office-messages';

type Fields = Schemas['CreateCostLineDto'];

const KIND_OPTIONS = Object.entries(text.costKinds).map(([value, label]) => ({ value, label }));
const money = (amount: number) => `NT$ ${amount.toLocaleString('zh-TW')}`;

/** The ticket's labour, material and vendor costs, their total, and a form to add a line. */
export function TicketCosts({ ticket }: { ticket: TicketDetail }) {
  const [form] = Form.useForm<Fields>();
  const add = useAddCostLine(ticket.id);
  const report = useErrorReporter();
  const onFinish = (fields: Fields) =>
    add.mutate(fields, { onSuccess: () => form.resetFields(), onError: (error) => report(error, form) });
  return (
    <>
      {/* Plain rows: antd's Table injects a style element the CSP blocks. */}
      {ticket.costLines.length ? (
        <ul style={{ paddingInlineStart: 20 }}>
          {ticket.costLines.map((line) => (
            <li key={line.id}>
              {`${text.costKinds[line.kind]}・${line.description}・${line.quantity} × ${money(line.unitPrice)} = ${money(line.amount)}`}
            </li>
          ))}
        </ul>
      ) : (
        <p>{text.costsEmpty}</p>
      )}
      <p>{`${text.total}：${money(ticket.costTotals.total)}`}</p>
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={add.isPending}
        initialValues={{ kind: 'material', quantity: 1 }}
        style={{ marginTop: 16 }}
      >
        <Space wrap align="start">
          <Form.Item label={text.costKind} name="kind" rules={[{ required: true, message: text.required }]}>
            <Select options={KIND_OPTIONS} style={{ minWidth: 100 }} />
          </Form.Item>
          <Form.Item
            label={text.costDescription}
            name="description"
            rules={[{ required: true, whitespace: true, message: text.costDescriptionRequired }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={text.quantity} name="quantity" rules={[{ required: true, message: text.required }]}>
            <InputNumber min={0.01} step={1} />
          </Form.Item>
          <Form.Item label={text.unitPrice} name="unitPrice" rules={[{ required: true, message: text.required }]}>
            <InputNumber min={0} step={10} />
          </Form.Item>
        </Space>
        <Button htmlType="submit" loading={add.isPending}>
          {text.addCost}
        </Button>
      </Form>
    </>
  );
}
