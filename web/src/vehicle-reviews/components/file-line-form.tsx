import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Upload, type UploadFile } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { toAttachment } from '../../common/files/to-attachment';
import { useFileLine, type RequestLine } from '../hooks/use-reviews';
import { reviewText as text } from '../messages';
import { AmountInput } from './amount-input';

interface Fields {
  kind: RequestLine['kind'];
  purpose: string;
  quantity: number;
  unitPrice: number;
  replacedPlate?: string;
  replacedAgeYears?: number;
  replacedKm?: number;
  reason: string;
  attachments?: UploadFile[];
}

const MAX_ATTACHMENTS = 5;
const KIND_OPTIONS = Object.entries(text.kinds).map(([value, label]) => ({ value, label }));

async function toRequest({ attachments = [], replacedPlate, ...fields }: Fields) {
  return {
    ...fields,
    ...(replacedPlate?.trim() ? { replacedPlate: replacedPlate.trim() } : {}),
    attachments: await Promise.all(attachments.map((file) => toAttachment(file.originFileObj!))),
  };
}

/** An agency admin asks for vehicles: kind, purpose, how many at what price, the vehicle replaced and why. */
export function FileLineForm({ roundId }: { roundId: string }) {
  const [form] = Form.useForm<Fields>();
  const fileLine = useFileLine(roundId);
  const report = useErrorReporter();
  const message = usePageMessage();

  async function onFinish(fields: Fields) {
    try {
      await fileLine.mutateAsync(await toRequest(fields));
      form.resetFields();
      void message.success(text.filed);
    } catch (error) {
      report(error, form);
    }
  }

  return (
    <Card title={text.fileTitle}>
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ quantity: 1, attachments: [] }}
        disabled={fileLine.isPending}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={text.kind} name="kind" rules={[{ required: true, message: text.kindRequired }]}>
              <Select options={KIND_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              label={text.purpose}
              name="purpose"
              rules={[{ required: true, whitespace: true, message: text.purposeRequired }, { max: 200 }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              label={text.quantity}
              name="quantity"
              rules={[{ required: true, message: text.quantityRequired }]}
            >
              <InputNumber min={1} max={10000} precision={0} inputMode="numeric" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              label={text.unitPrice}
              name="unitPrice"
              rules={[{ required: true, message: text.unitPriceRequired }]}
            >
              <AmountInput min={1} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={text.replacedPlate} name="replacedPlate" rules={[{ max: 12 }]}>
              <Input maxLength={12} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={text.replacedAgeYears} name="replacedAgeYears">
              <InputNumber min={0} max={100} precision={0} inputMode="numeric" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={text.replacedKm} name="replacedKm">
              <AmountInput max={10_000_000} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={text.reason}
          name="reason"
          rules={[{ required: true, whitespace: true, message: text.reasonRequired }, { max: 1000 }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item
          label={text.attachments}
          name="attachments"
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
        >
          <Upload accept="application/pdf,image/*" multiple maxCount={MAX_ATTACHMENTS} beforeUpload={() => false}>
            <Button icon={<UploadOutlined />}>{text.addAttachment}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fileLine.isPending}>
          {text.submit}
        </Button>
      </Form>
    </Card>
  );
}
