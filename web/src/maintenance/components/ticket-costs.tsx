import { Button, Form, Input, InputNumber, Select, Space, Table, type TableColumnsType } from 'antd';
import type { Schemas } from '../../common/api/client';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { useAddCostLine } from '../hooks/use-office';
import type { TicketDetail } from '../hooks/use-tickets';
import { officeText as text } from '../office-messages';

type CostLine = Schemas['CostLineView'];
type Fields = Schemas['CreateCostLineDto'];

const KIND_OPTIONS = Object.entries(text.costKinds).map(([value, label]) => ({ value, label }));
const money = (amount: number) => `NT$ ${amount.toLocaleString('zh-TW')}`;

const COLUMNS: TableColumnsType<CostLine> = [
  { title: text.costKind, key: 'kind', render: (_, line) => text.costKinds[line.kind] },
  { title: text.costDescription, dataIndex: 'description' },
  { title: text.quantity, dataIndex: 'quantity', align: 'right' },
  { title: text.unitPrice, key: 'unitPrice', align: 'right', render: (_, line) => money(line.unitPrice) },
  { title: text.amount, key: 'amount', align: 'right', render: (_, line) => money(line.amount) },
];

/** The ticket's labour, material and vendor costs, their total, and a form to add a line. */
export function TicketCosts({ ticket }: { ticket: TicketDetail }) {
  const [form] = Form.useForm<Fields>();
  const add = useAddCostLine(ticket.id);
  const report = useErrorReporter();
  const onFinish = (fields: Fields) =>
    add.mutate(fields, { onSuccess: () => form.resetFields(), onError: (error) => report(error, form) });
  return (
    <>
      <div style={{ overflowX: 'auto' }}>
        <Table<CostLine>
          rowKey="id"
          size="small"
          columns={COLUMNS}
          dataSource={ticket.costLines}
          pagination={false}
          locale={{ emptyText: text.costsEmpty }}
          footer={() => `${text.total}：${money(ticket.costTotals.total)}`}
        />
      </div>
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
