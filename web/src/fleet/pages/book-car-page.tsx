import { Button, Card, Checkbox, Form, Input, InputNumber, Radio, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../common/api/client';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { formatWindow } from '../components/booking-window';
import { BookingWindowFields, instantOf, type WindowFields } from '../components/booking-window-fields';
import { StopsInput } from '../components/stops-input';
import { useBookCar, type Booking } from '../hooks/use-bookings';
import { fleetText as text } from '../messages';

type Fields = Omit<Schemas['CreateBookingDto'], 'startsAt' | 'endsAt' | 'wantedClass' | 'loan'> &
  WindowFields & { vip?: boolean };

const PHONE = /^[0-9+#()\- ]{6,30}$/;

function toRequest({ startDate, startTime, endDate, endTime, vip, stops = [], ...fields }: Fields) {
  return {
    ...fields,
    stops: stops.map((stop) => stop.trim()),
    startsAt: instantOf(startDate, startTime)!.toISOString(),
    endsAt: instantOf(endDate, endTime)!.toISOString(),
    ...(vip ? { wantedClass: 'vip_van' as const } : {}),
  } satisfies Schemas['CreateBookingDto'];
}

function Booked({ booking, onAnother }: { booking: Booking; onAnother: () => void }) {
  return (
    <Result
      status="success"
      title={text.booked}
      subTitle={`${booking.purpose}・${formatWindow(booking)}`}
      extra={[
        <Link key="view" to={`/cars/${booking.id}`}>
          <Button type="primary">{text.viewBooking}</Button>
        </Link>,
        <Button key="another" onClick={onAnother}>
          {text.bookAnother}
        </Button>,
      ]}
    />
  );
}

/** Ask for an official car: why, where (with stops), how many, when, with or without a driver. */
export default function BookCarPage() {
  const [form] = Form.useForm<Fields>();
  const report = useErrorReporter();
  const bookCar = useBookCar();
  const [booked, setBooked] = useState<Booking | null>(null);

  async function onFinish(fields: Fields) {
    try {
      setBooked(await bookCar.mutateAsync(toRequest(fields)));
    } catch (error) {
      report(error, form);
    }
  }

  if (booked)
    return (
      <Booked
        booking={booked}
        onAnother={() => {
          form.resetFields();
          setBooked(null);
        }}
      />
    );
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.bookTitle}
      </Typography.Title>
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ passengers: 1, needsDriver: true, vip: false, stops: [] }}
        disabled={bookCar.isPending}
        scrollToFirstError
      >
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
        <Form.Item
          label={text.contactPhone}
          name="contactPhone"
          rules={[
            { required: true, message: text.contactPhoneRequired },
            { pattern: PHONE, message: text.contactPhoneInvalid },
          ]}
        >
          <Input inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={bookCar.isPending}>
          {text.submit}
        </Button>
      </Form>
    </Card>
  );
}
