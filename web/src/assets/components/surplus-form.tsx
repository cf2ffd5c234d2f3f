import { Button, Form, Input, Select } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { discrepancyText as text } from '../discrepancy-messages';
import { useLocationTree } from '../hooks/use-assets';
import { useRecordSurplus } from '../hooks/use-stocktake-discrepancies';
import { roomOptions } from './locations';

interface Values {
  name: string;
  foundLocationId: string;
  foundCustodianName?: string;
  labelText?: string;
}

/** Records an item found that is not on the register (盤盈), where it was found. */
export function SurplusForm({ stocktakeId }: { stocktakeId: string }) {
  const [form] = Form.useForm<Values>();
  const rooms = roomOptions(useLocationTree().data);
  const record = useRecordSurplus(stocktakeId);
  const report = useErrorReporter();
  const message = usePageMessage();
  const submit = (values: Values) =>
    sendChange(
      record,
      {
        ...values,
        foundCustodianName: values.foundCustodianName || undefined,
        labelText: values.labelText || undefined,
      },
      {
        onSuccess: (surplus) => {
          void message.success(text.surplusAdded(surplus.name));
          form.resetFields();
        },
        onError: (error) => report(error, form),
      },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Form.Item
        name="name"
        label={text.surplusName}
        rules={[{ required: true, whitespace: true, message: text.surplusNameRequired }, { max: 200 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="foundLocationId"
        label={text.foundLocation}
        rules={[{ required: true, message: text.foundLocationRequired }]}
      >
        <Select showSearch optionFilterProp="label" options={rooms} aria-label={text.foundLocation} />
      </Form.Item>
      <Form.Item name="foundCustodianName" label={text.foundCustodian} rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="labelText" label={text.labelText} rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
      <Button htmlType="submit" loading={record.isPending}>
        {text.addSurplus}
      </Button>
    </Form>
  );
}
