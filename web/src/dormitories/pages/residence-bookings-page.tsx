import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, Card, ConfigProvider, DatePicker, Form, Input, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatRocDateTime, inTaipei, rocYearOf, todayIsoInTaipei } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { optionsOf } from '../components/labels';
import {
  type ResidenceBooking,
  useDecideBooking,
  useLendableResidences,
  useMonthBookings,
  useRequestBooking,
} from '../hooks/use-residence-bookings';
import { dormitoryText as text } from '../messages';

/** The days next to the month's own are greyed out; antd's grey fails contrast on white. */
const READABLE_OTHER_MONTH_DAYS = { components: { Calendar: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' } } };

/** The mayor's residence lent for public-interest events: the month's calendar, requests and decisions. */
export default function ResidenceBookingsPage() {
  // A plain date (the calendar's days are the browser's), holding the month in Taipei.
  const [month, setMonth] = useState(() => dayjs(todayIsoInTaipei()));
  const bookings = useMonthBookings(month);
  const items = bookings.data?.items ?? [];
  const onDay = (day: Dayjs) =>
    items.filter((booking) => inTaipei(booking.startsAt).format('YYYY-MM-DD') === day.format('YYYY-MM-DD'));
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.bookingsTitle}
      </Typography.Title>
      <ConfigProvider theme={READABLE_OTHER_MONTH_DAYS}>
        <Calendar
          value={month}
          onSelect={(value) => setMonth(value)}
          // antd's own header picks Gregorian years from unlabelled selects.
          headerRender={() => <MonthSwitcher month={month} onChange={setMonth} />}
          cellRender={(day, info) =>
            info.type === 'date'
              ? onDay(day).map((booking) => (
                  <Tag key={booking.id} color={booking.status === 'approved' ? 'green' : 'gold'}>
                    {booking.organizerName}
                  </Tag>
                ))
              : null
          }
        />
      </ConfigProvider>
      {items.length ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((booking) => (
            <BookingRow key={booking.id} booking={booking} />
          ))}
        </ul>
      ) : (
        <Typography.Text type="secondary">{text.noBookings}</Typography.Text>
      )}
      <RequestForm />
    </Card>
  );
}

function MonthSwitcher({ month, onChange }: { month: Dayjs; onChange: (month: Dayjs) => void }) {
  return (
    <Space style={{ margin: '8px 0 12px' }}>
      <Button
        icon={<LeftOutlined />}
        aria-label={text.previousMonth}
        onClick={() => onChange(month.subtract(1, 'month'))}
      />
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0, minWidth: 150, textAlign: 'center' }}>
        {text.bookingsMonth(rocYearOf(month), month.month() + 1)}
      </Typography.Title>
      <Button icon={<RightOutlined />} aria-label={text.nextMonth} onClick={() => onChange(month.add(1, 'month'))} />
    </Space>
  );
}

function BookingRow({ booking }: { booking: ResidenceBooking }) {
  const decide = useDecideBooking();
  const report = useErrorReporter();
  const message = usePageMessage();
  const send = (decision: 'approved' | 'rejected') =>
    sendChange(
      decide,
      { id: booking.id, version: booking.version, decision },
      { onSuccess: () => void message.success(text.decided), onError: (error) => report(error) },
    );
  return (
    <li style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
      <div>
        <strong>{booking.organizerName}</strong> {booking.purpose} <Tag>{text.bookingStatuses[booking.status]}</Tag>
      </div>
      <Typography.Text type="secondary">
        {`${formatRocDateTime(booking.startsAt)} – ${formatRocDateTime(booking.endsAt)}`}
      </Typography.Text>
      {booking.status === 'requested' && (
        <Space style={{ marginLeft: 12 }}>
          <Button size="small" type="primary" onClick={() => send('approved')} loading={decide.isPending}>
            {text.approve}
          </Button>
          <Button size="small" danger onClick={() => send('rejected')} loading={decide.isPending}>
            {text.reject}
          </Button>
        </Space>
      )}
    </li>
  );
}

interface RequestFields {
  dormitoryId: string;
  organizerType: 'agency' | 'school' | 'organisation';
  organizerName: string;
  purpose: string;
  window: [Dayjs, Dayjs];
}

function RequestForm() {
  const [form] = Form.useForm<RequestFields>();
  const residences = useLendableResidences();
  const request = useRequestBooking();
  const report = useErrorReporter();
  const message = usePageMessage();
  return (
    <section aria-label={text.request} style={{ marginTop: 24 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {text.request}
      </Typography.Title>
      <Form
        form={form}
        layout="vertical"
        onFinish={({ window: [startsAt, endsAt], ...input }) =>
          sendChange(
            request,
            { ...input, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
            {
              onSuccess: () => {
                void message.success(text.requested);
                form.resetFields();
              },
              onError: (error) => report(error, form),
            },
          )
        }
      >
        <Form.Item name="dormitoryId" label={text.dormitory} rules={[{ required: true, message: text.noResidence }]}>
          <Select options={residences.data?.map((residence) => ({ value: residence.id, label: residence.name }))} />
        </Form.Item>
        <Form.Item name="organizerType" label={text.organizerType} rules={[{ required: true }]}>
          <Select options={optionsOf(text.organizerTypes)} />
        </Form.Item>
        <Form.Item name="organizerName" label={text.organizerName} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="purpose" label={text.purpose} rules={[{ required: true }]}>
          <Input maxLength={1000} />
        </Form.Item>
        {/* The API's startsAt/endsAt are one field here: their errors show as a page message. */}
        <Form.Item name="window" label={text.window} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={request.isPending}>
          {text.request}
        </Button>
      </Form>
    </section>
  );
}
