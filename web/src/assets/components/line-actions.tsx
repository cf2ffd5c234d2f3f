import { Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { discrepancyText } from '../discrepancy-messages';
import { type StocktakeLine, useLocationTree, useRecordLine } from '../hooks/use-assets';
import { assetsText as text } from '../messages';
import { roomOptions } from './locations';

interface MovedForm {
  foundLocationId?: string;
  foundCustodianName?: string;
  note?: string;
}

/** The buttons of a line still to record: found, missing (盤虧), found elsewhere, or damaged. */
export function LineActions({ stocktakeId, line }: { stocktakeId: string; line: StocktakeLine }) {
  const record = useRecordLine(stocktakeId);
  const report = useErrorReporter();
  const rooms = roomOptions(useLocationTree().data);
  const [moving, setMoving] = useState(false);
  const [damaged, setDamaged] = useState(false);
  const [form] = Form.useForm<MovedForm>();
  const mark = (body: { result: 'found' | 'missing' | 'moved' | 'damaged' } & MovedForm) =>
    record.mutate({ assetId: line.assetId, ...body }, { onError: (error) => report(error, form) });
  if (damaged) {
    return (
      <Form form={form} layout="vertical" onFinish={(values: MovedForm) => mark({ result: 'damaged', ...values })}>
        <Form.Item
          name="note"
          label={discrepancyText.damageNote}
          rules={[{ required: true, whitespace: true, message: discrepancyText.damageNoteRequired }, { max: 1000 }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {text.save}
          </Button>
          <Button onClick={() => setDamaged(false)}>取消</Button>
        </Space>
      </Form>
    );
  }
  if (moving) {
    return (
      <Form form={form} layout="vertical" onFinish={(values: MovedForm) => mark({ result: 'moved', ...values })}>
        <Form.Item name="foundLocationId" label={text.foundLocation}>
          <Select showSearch optionFilterProp="label" options={rooms} aria-label={text.foundLocation} />
        </Form.Item>
        <Form.Item name="foundCustodianName" label={text.foundCustodian}>
          <Input maxLength={100} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {text.save}
          </Button>
          <Button onClick={() => setMoving(false)}>取消</Button>
        </Space>
      </Form>
    );
  }
  return (
    <Space wrap>
      <Button onClick={() => mark({ result: 'found' })} loading={record.isPending}>
        {text.markFound}
      </Button>
      <Button danger onClick={() => mark({ result: 'missing' })} loading={record.isPending}>
        {text.markMissing}
      </Button>
      <Button onClick={() => setMoving(true)}>{text.markMoved}</Button>
      <Button onClick={() => setDamaged(true)}>{discrepancyText.markDamaged}</Button>
    </Space>
  );
}
