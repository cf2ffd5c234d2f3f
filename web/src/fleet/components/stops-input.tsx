import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { fleetText as text } from '../messages';

const MAX_STOPS = 10;

/** The stops between origin and destination, as many rows as the trip needs (the API takes up to 10). */
export function StopsInput() {
  return (
    <Form.List name="stops">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Form.Item key={field.key} label={text.stop(index + 1)} required>
              <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                <Form.Item
                  name={field.name}
                  noStyle
                  rules={[{ required: true, whitespace: true, message: text.stopRequired }, { max: 200 }]}
                >
                  <Input aria-label={text.stop(index + 1)} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={text.removeStop(index + 1)}
                  onClick={() => remove(field.name)}
                />
              </div>
            </Form.Item>
          ))}
          {fields.length < MAX_STOPS && (
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} block>
                {text.addStop}
              </Button>
            </Form.Item>
          )}
        </>
      )}
    </Form.List>
  );
}
