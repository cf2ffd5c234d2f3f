import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../common/states/states';
import { PermitTable } from '../components/permit-table';
import { typedPlate } from '../components/vehicle-types';
import { usePermitList } from '../hooks/use-parking';
import { parkingText as text } from '../messages';

function PermitsOfPlate({ plate }: { plate: string }) {
  const list = usePermitList({ plate });
  return <PermitTable list={list} emptyText={text.lookupEmpty} />;
}

/** What the guard asks at the gate: which permits does this plate hold? Revoke one with a reason. */
export default function PermitLookupPage() {
  const [plate, setPlate] = useState<string | null>(null);
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.lookupTitle}
      </Typography.Title>
      <Form<{ plate: string }> layout="vertical" onFinish={(fields) => setPlate(fields.plate)}>
        {/* The field sits inside the compact group, so the outer item only carries the label. */}
        <Form.Item label={text.lookupPlate} htmlFor="plate" required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="plate"
              noStyle
              normalize={(value: string) => typedPlate(value)}
              rules={[{ required: true, whitespace: true, message: text.plateRequired }, { max: 20 }]}
            >
              <Input id="plate" autoComplete="off" />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {text.lookupSubmit}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      {plate ? <PermitsOfPlate key={plate} plate={plate} /> : <EmptyState description={text.lookupPrompt} />}
    </Card>
  );
}
