import { Button, Card, Form, Input, Select } from 'antd';
import type { Schemas } from '../../common/api/client';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { useCreateDormitory } from '../hooks/use-dormitories';
import { dormitoryText as text } from '../messages';
import { optionsOf } from './labels';

type Fields = Pick<Schemas['CreateDormitoryDto'], 'code' | 'name' | 'address' | 'type'> & { unitCodes?: string[] };

function toRequest({ unitCodes, ...fields }: Fields): Schemas['CreateDormitoryDto'] {
  return unitCodes?.length ? { ...fields, units: unitCodes.map((code) => ({ code })) } : fields;
}

/** Adds a dormitory to the register; only a multi-room staff dormitory lists several units. */
export function RegisterDormitoryForm() {
  const [form] = Form.useForm<Fields>();
  const type = Form.useWatch('type', form);
  const create = useCreateDormitory();
  const report = useErrorReporter();
  const message = usePageMessage();
  return (
    <Card type="inner" title={text.register} style={{ marginTop: 24 }}>
      <Form<Fields>
        form={form}
        layout="vertical"
        aria-label={text.register}
        disabled={create.isPending}
        onFinish={(fields) =>
          sendChange(create, toRequest(fields), {
            onSuccess: () => {
              void message.success(text.registered);
              form.resetFields();
            },
            onError: (error) => report(error, form),
          })
        }
      >
        <Form.Item
          name="code"
          label={text.code}
          extra={text.codeHint}
          rules={[{ required: true }]}
          normalize={(value: string) => value.toUpperCase()}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="name" label={text.name} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={text.address} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="type" label={text.dormitoryType} rules={[{ required: true }]}>
          <Select options={optionsOf(text.types)} />
        </Form.Item>
        {type === 'multi_room_staff' && (
          <Form.Item name="unitCodes" label={text.unitCodes} extra={text.unitCodesHint}>
            <Select mode="tags" tokenSeparators={[',', '、', ' ']} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {text.register}
        </Button>
      </Form>
    </Card>
  );
}
