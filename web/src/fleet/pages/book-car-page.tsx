import { Button, Card, Form, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../common/api/client';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { formatWindow } from '../components/booking-window';
import { WINDOW_FIELDS_SHOWN_AT } from '../components/booking-window-fields';
import { ContactPhoneField } from '../components/contact-phone-field';
import { TRIP_DEFAULTS, tripRequest, TripRequestFields, type TripFields } from '../components/trip-request-fields';
import { useBookCar, type Booking } from '../hooks/use-bookings';
import { fleetText as text } from '../messages';

type Fields = TripFields & Pick<Schemas['CreateBookingDto'], 'contactPhone'>;

function toRequest({ contactPhone, ...trip }: Fields) {
  return { ...tripRequest(trip), contactPhone } satisfies Schemas['CreateBookingDto'];
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
      report(error, form, WINDOW_FIELDS_SHOWN_AT);
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
        initialValues={TRIP_DEFAULTS}
        disabled={bookCar.isPending}
        scrollToFirstError
      >
        <TripRequestFields />
        <ContactPhoneField label={text.contactPhone} />
        <Button type="primary" htmlType="submit" block loading={bookCar.isPending}>
          {text.submit}
        </Button>
      </Form>
    </Card>
  );
}
