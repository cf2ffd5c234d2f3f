import { Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { Panel } from '../../common/states/panel';
import { findAssetByNumber, useFileMovementForm, type MovementForm } from '../hooks/use-movement-forms';
import { MOVEMENT_KIND_LABELS, movementFormText as text } from '../movement-form-messages';

interface Values {
  propertyNumber: string;
  kind: MovementForm['kind'];
  recipientName?: string;
  proceeds?: number;
  reason?: string;
  documentNumber?: string;
}

/** Files a transfer, donation, sale or scrapping of one asset, found by its property number. */
export function FileMovementForm() {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const file = useFileMovementForm();
  const report = useErrorReporter();
  const message = usePageMessage();
  async function submit({ propertyNumber, ...values }: Values) {
    try {
      const asset = await findAssetByNumber(propertyNumber.trim());
      if (!asset) {
        form.setFields([{ name: 'propertyNumber', errors: [text.noSuchAsset] }]);
        return;
      }
      const filed = await file.mutateAsync({ assetId: asset.id, ...values });
      void message.success(text.filed(filed.propertyNumber));
      form.resetFields();
    } catch (error) {
      report(error, form);
    }
  }
  return (
    <Panel title={text.fileTitle}>
      <Typography.Paragraph type="secondary">{text.fileHint}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} style={{ maxWidth: 560 }}>
        <Form.Item
          name="propertyNumber"
          label={text.propertyNumber}
          rules={[{ required: true, whitespace: true, message: text.propertyNumberRequired }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={text.kind} rules={[{ required: true, message: text.kindRequired }]}>
          <Select options={Object.entries(MOVEMENT_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {(kind === 'transfer' || kind === 'donation') && (
          <Form.Item
            name="recipientName"
            label={text.recipient}
            rules={[{ required: true, whitespace: true, message: text.recipientRequired }, { max: 200 }]}
          >
            <Input />
          </Form.Item>
        )}
        {kind === 'sale' && (
          <Form.Item name="proceeds" label={text.proceeds} rules={[{ required: true, message: text.proceedsRequired }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="reason" label={text.reason} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="documentNumber" label={text.documentNumber} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={file.isPending}>
          {text.submit}
        </Button>
      </Form>
    </Panel>
  );
}
