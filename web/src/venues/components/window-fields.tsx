import { Col, Form, Row, TimePicker, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { venuesText as text } from '../messages';
import { instantOn } from './venue-time';

/** The day and the times of a booking; named as the API's fields so that its refusals land on them. */
export interface WindowValues {
  date: Dayjs;
  startsAt: Dayjs;
  endsAt: Dayjs;
}

/** The window as the API takes it: two instants in Taipei time. */
export function windowOf({ date, startsAt, endsAt }: WindowValues): { startsAt: string; endsAt: string } {
  return { startsAt: instantOn(date, startsAt), endsAt: instantOn(date, endsAt) };
}

const endRule: Rule = ({ getFieldValue }) => ({
  validator: async () => {
    const start = getFieldValue('startsAt') as Dayjs | undefined;
    const end = getFieldValue('endsAt') as Dayjs | undefined;
    if (start && end && end.format('HH:mm') <= start.format('HH:mm')) throw new Error(text.endBeforeStart);
  },
});

/** A ROC date and a start and end time on it (venue bookings begin and end on the same day). */
export function WindowFields() {
  return (
    <>
      <Typography.Paragraph type="secondary">{text.dateHelp}</Typography.Paragraph>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item label={text.date} name="date" rules={[{ required: true, message: text.dateRequired }]}>
            <RocDatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={text.startTime} name="startsAt" rules={[{ required: true, message: text.timeRequired }]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            label={text.endTime}
            name="endsAt"
            dependencies={['startsAt']}
            rules={[{ required: true, message: text.timeRequired }, endRule]}
          >
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
