import { Col, Form, Row } from 'antd';
import { FormDatePicker, FormTimePicker } from '../../common/dates/form-date-picker';
import { dispatchText as text } from '../dispatch-text';
import { endAfterStartRule, instantOf, type WindowFields } from './booking-window-fields';

/** The window's instants (Taipei time) as the API takes them. */
export function offRoadWindow(values: WindowFields): { startsAt: string; endsAt: string } {
  return {
    startsAt: instantOf(values.startDate, values.startTime)?.toISOString() ?? '',
    endsAt: instantOf(values.endDate, values.endTime)?.toISOString() ?? '',
  };
}

/**
 * The start and end of a window a vehicle or driver is off the road: a ROC date and a time each
 * (a typed ROC year is read by the date picker, which a single date-and-time input does not do).
 */
export function OffRoadWindowFields() {
  const required = (message: string) => [{ required: true, message }];
  return (
    <Row gutter={12}>
      <Col xs={12}>
        <Form.Item label={text.fromDate} name="startDate" rules={required(text.dateMissing)}>
          <FormDatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item label={text.fromTime} name="startTime" rules={required(text.timeMissing)}>
          <FormTimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item label={text.untilDate} name="endDate" rules={required(text.dateMissing)}>
          <FormDatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item
          label={text.untilTime}
          name="endTime"
          dependencies={['startDate', 'startTime', 'endDate']}
          rules={[...required(text.timeMissing), endAfterStartRule(text.untilBeforeFrom)]}
        >
          <FormTimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
