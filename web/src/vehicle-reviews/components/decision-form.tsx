import { Form, Input, Modal, Radio } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { useDecideLine, type RequestLine } from '../hooks/use-reviews';
import { formatAmount, reviewText as text } from '../messages';
import { AmountInput } from './amount-input';

type Decision = keyof typeof text.decisions;

interface Fields {
  decision: Decision;
  approvedAmount?: number;
  approvedQuantity?: number;
  reason?: string;
}

const DECISION_OPTIONS = Object.entries(text.decisions).map(([value, label]) => ({ value, label }));

/** The office's decision on one line, in a dialog: approve (for less if need be), defer, or reject with a reason. */
export function DecisionForm({ line, onClose }: { line: RequestLine; onClose: () => void }) {
  const [form] = Form.useForm<Fields>();
  const decide = useDecideLine();
  const report = useErrorReporter();
  const message = usePageMessage();
  const decision = Form.useWatch('decision', form);

  async function onFinish(fields: Fields) {
    try {
      await decide.mutateAsync({ id: line.id, version: line.version, ...fields });
      void message.success(text.decided);
      onClose();
    } catch (error) {
      report(error, form);
    }
  }

  return (
    <Modal
      open
      title={text.reviewTitle(line.purpose)}
      okText={text.decide}
      cancelText={text.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={decide.isPending}
      destroyOnHidden
    >
      <p>{`${line.agencyName}・${line.kindLabel} ${line.quantity} 輛・${text.requested} ${formatAmount(line.requestedAmount)}`}</p>
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          decision: 'approve',
          approvedAmount: line.approvedAmount ?? line.requestedAmount,
          approvedQuantity: line.approvedQuantity ?? line.quantity,
        }}
      >
        <Form.Item label={text.decision} name="decision">
          <Radio.Group optionType="button" options={DECISION_OPTIONS} />
        </Form.Item>
        {decision === 'approve' && (
          <>
            <Form.Item
              label={text.approvedAmount}
              name="approvedAmount"
              rules={[{ required: true, message: text.approvedAmountRequired }]}
            >
              <AmountInput min={1} max={line.requestedAmount} />
            </Form.Item>
            <Form.Item label={text.approvedQuantity} name="approvedQuantity">
              <AmountInput min={1} max={line.quantity} />
            </Form.Item>
          </>
        )}
        <Form.Item
          label={text.decisionReason}
          name="reason"
          rules={[{ required: decision === 'reject', whitespace: true, message: text.decisionReasonRequired }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
