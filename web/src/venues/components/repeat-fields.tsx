import { Checkbox, Col, Form, InputNumber, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { venuesText as text } from '../messages';

export interface RepeatValues {
  repeats?: boolean;
  repeat?: { frequency: 'daily' | 'weekly'; interval: number; until?: Dayjs };
  onClash?: 'fail' | 'skip';
}

/** "Book this again every day or week until…", and what to do with the dates that cannot be booked. */
export function RepeatFields() {
  const repeats = Form.useWatch<boolean | undefined>('repeats');
  return (
    <>
      <Form.Item name="repeats" valuePropName="checked" label={text.repeat}>
        <Checkbox>{text.repeatOn}</Checkbox>
      </Form.Item>
      {repeats && (
        <>
          <Row gutter={12}>
            <Col xs={12} md={8}>
              <Form.Item label={text.frequency} name={['repeat', 'frequency']}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'weekly', label: text.weekly },
                    { value: 'daily', label: text.daily },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item label={text.interval} name={['repeat', 'interval']}>
                <InputNumber min={1} max={12} precision={0} inputMode="numeric" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={text.until}
                name={['repeat', 'until']}
                rules={[{ required: true, message: text.untilRequired }]}
              >
                <RocDatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={text.onClash} name="onClash">
            <Radio.Group
              options={[
                { value: 'fail', label: text.onClashFail },
                { value: 'skip', label: text.onClashSkip },
              ]}
            />
          </Form.Item>
        </>
      )}
    </>
  );
}
