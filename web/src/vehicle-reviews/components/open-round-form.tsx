import { Button, Form, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { useOpenRound } from '../hooks/use-reviews';
import { reviewText as text } from '../messages';
import { AmountInput } from './amount-input';

interface Fields {
  budgetYear: number;
  deadline: Dayjs;
  ceilingAmount: number;
}

/** The office opens next year's review: the budget year, the filing deadline and the ceiling. */
export function OpenRoundForm() {
  const [form] = Form.useForm<Fields>();
  const openRound = useOpenRound();
  const report = useErrorReporter();
  const message = usePageMessage();

  async function onFinish({ deadline, ...fields }: Fields) {
    try {
      await openRound.mutateAsync({ ...fields, deadline: deadline.format('YYYY-MM-DD') });
      form.resetFields();
      void message.success(text.opened);
    } catch (error) {
      report(error, form);
    }
  }

  return (
    <Form<Fields> form={form} layout="inline" onFinish={onFinish} disabled={openRound.isPending}>
      <Form.Item
        label={text.budgetYear}
        name="budgetYear"
        rules={[{ required: true, message: text.budgetYearRequired }]}
      >
        <InputNumber min={100} max={300} precision={0} inputMode="numeric" />
      </Form.Item>
      <Form.Item label={text.deadline} name="deadline" rules={[{ required: true, message: text.deadlineRequired }]}>
        <RocDatePicker />
      </Form.Item>
      <Form.Item label={text.ceiling} name="ceilingAmount" rules={[{ required: true, message: text.ceilingRequired }]}>
        <AmountInput style={{ width: 180 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={openRound.isPending}>
        {text.open}
      </Button>
    </Form>
  );
}
