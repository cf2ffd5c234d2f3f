import { Checkbox, Form, Input, InputNumber, Radio, Typography } from 'antd';
import type { Schemas } from '../../common/api/client';
import { fleetText as text } from '../messages';
import { BookingWindowFields, instantOf, type WindowFields } from './booking-window-fields';
import { StopsInput } from './stops-input';

/** The trip part of a car request as the form holds it. */
export type TripFields = Omit<
  Schemas['CreateBookingDto'],
  'startsAt' | 'endsAt' | 'wantedClass' | 'loan' | 'contactPhone'
> &
  WindowFields & { vip?: boolean };

export const TRIP_DEFAULTS = { passengers: 1, needsDriver: true, vip: false, stops: [] };

/** The trip's fields as the API takes them: instants in Taipei time, the VIP box as the wanted class. */
export function tripRequest({ startDate, startTime, endDate, endTime, vip, stops = [], ...fields }: TripFields) {
  return {
    ...fields,
    stops: stops.map((stop) => stop.trim()),
    startsAt: instantOf(startDate, startTime)!.toISOString(),
    endsAt: instantOf(endDate, endTime)!.toISOString(),
    ...(vip ? { wantedClass: 'vip_van' as const } : {}),
  };
}

/** Why, where (with stops), how many, when, with or without a driver: the trip asked for. */
export function TripRequestFields() {
  return (
    <>
      <Form.Item
        label={text.purpose}
        name="purpose"
        rules={[{ required: true, whitespace: true, message: text.purposeRequired }, { max: 500 }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {text.itinerary}
      </Typography.Title>
      <Form.Item
        label={text.origin}
        name="origin"
        rules={[{ required: true, whitespace: true, message: text.originRequired }, { max: 200 }]}
      >
        <Input />
      </Form.Item>
      <StopsInput />
      <Form.Item
        label={text.destination}
        name="destination"
        rules={[{ required: true, whitespace: true, message: text.destinationRequired }, { max: 200 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label={text.passengers}
        name="passengers"
        rules={[{ required: true, message: text.passengersRequired }]}
      >
        <InputNumber min={1} max={60} precision={0} inputMode="numeric" style={{ width: '100%' }} />
      </Form.Item>
      <BookingWindowFields />
      <Form.Item label={text.driver} name="needsDriver">
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: text.withDriver },
            { value: false, label: text.selfDrive },
          ]}
        />
      </Form.Item>
      <Form.Item label={text.vip} name="vip" valuePropName="checked">
        <Checkbox>{text.vipRequest}</Checkbox>
      </Form.Item>
    </>
  );
}
