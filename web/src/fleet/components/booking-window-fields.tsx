import { Col, Form, Row, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { FormDatePicker, FormTimePicker } from '../../common/dates/form-date-picker';
import { OFFICE_TIME_ZONE } from '../../common/dates/roc-date';
import { fleetText as text } from '../messages';

export interface WindowFields {
  startDate?: Dayjs;
  startTime?: Dayjs;
  endDate?: Dayjs;
  endTime?: Dayjs;
}

/** Where the form shows the API's window fields, which it splits into a day and a time. */
export const WINDOW_FIELDS_SHOWN_AT = { startsAt: 'startTime', endsAt: 'endTime' };

const LEAD_MINUTES = 60;

/** The picked day and time as an instant in Taipei time, whatever the browser's own zone. */
export function instantOf(date?: Dayjs, time?: Dayjs): Dayjs | null {
  if (!date || !time) return null;
  return dayjs.tz(`${date.format('YYYY-MM-DD')} ${time.format('HH:mm')}`, OFFICE_TIME_ZONE);
}

const startRule: Rule = ({ getFieldValue }) => ({
  validator: async () => {
    const start = instantOf(getFieldValue('startDate') as Dayjs, getFieldValue('startTime') as Dayjs);
    if (start && start.isBefore(dayjs().add(LEAD_MINUTES, 'minute'))) throw new Error(text.startTooSoon);
  },
});

/** Refuses a window whose end (day and time fields) is not after its start, in the form's own words. */
export function endAfterStartRule(message: string): Rule {
  return ({ getFieldValue }) => ({
    validator: async () => {
      const start = instantOf(getFieldValue('startDate') as Dayjs, getFieldValue('startTime') as Dayjs);
      const end = instantOf(getFieldValue('endDate') as Dayjs, getFieldValue('endTime') as Dayjs);
      if (start && end && !end.isAfter(start)) throw new Error(message);
    },
  });
}

/** Start and end of the trip: a ROC date and a time each, checked against each other before sending. */
export function BookingWindowFields() {
  return (
    <>
      <Typography.Paragraph type="secondary">{text.dateHelp}</Typography.Paragraph>
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item label={text.startDate} name="startDate" rules={[{ required: true, message: text.dateRequired }]}>
            <FormDatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item
            label={text.startTime}
            name="startTime"
            dependencies={['startDate']}
            rules={[{ required: true, message: text.timeRequired }, startRule]}
          >
            <FormTimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item label={text.endDate} name="endDate" rules={[{ required: true, message: text.dateRequired }]}>
            <FormDatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item
            label={text.endTime}
            name="endTime"
            dependencies={['startDate', 'startTime', 'endDate']}
            rules={[{ required: true, message: text.timeRequired }, endAfterStartRule(text.endBeforeStart)]}
          >
            <FormTimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
