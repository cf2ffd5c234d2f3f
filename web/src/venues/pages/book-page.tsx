import { Button, Card, Col, Form, Input, InputNumber, Result, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../../common/api/client';
import { OFFICE_TIME_ZONE } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { useSession } from '../../common/session/session';
import { ClashAlert, SeriesClashAlert } from '../components/clash-alerts';
import { DayOccupancy } from '../components/day-occupancy';
import { RepeatFields, type RepeatValues } from '../components/repeat-fields';
import { formatWindow, isoDateOf } from '../components/venue-time';
import { WindowFields, windowOf, type WindowValues } from '../components/window-fields';
import {
  useBookSeries,
  useBookSpace,
  useCalendar,
  useSpaces,
  type EventKind,
  type SeriesResult,
  type Space,
  type VenueBooking,
} from '../hooks/use-venues';
import { venuesText as text } from '../messages';

interface Fields extends WindowValues, RepeatValues {
  spaceId: string;
  title: string;
  eventKind: EventKind;
  attendees: number;
  setupMinutes: number;
  cleanupMinutes: number;
  borrow?: Record<string, number | null>;
  contactName: string;
  contactPhone: string;
}

const PHONE = /^[0-9+#()\- ]{6,30}$/;

function toBooking(fields: Fields) {
  const { date, startsAt, endsAt, borrow = {} } = fields;
  return {
    spaceId: fields.spaceId,
    title: fields.title.trim(),
    eventKind: fields.eventKind,
    attendees: fields.attendees,
    ...windowOf({ date, startsAt, endsAt }),
    setupMinutes: fields.setupMinutes,
    cleanupMinutes: fields.cleanupMinutes,
    equipment: Object.entries(borrow)
      .filter(([, quantity]) => quantity)
      .map(([code, quantity]) => ({ code, quantity: quantity! })),
    contactName: fields.contactName.trim(),
    contactPhone: fields.contactPhone,
  } satisfies Schemas['CreateVenueBookingDto'];
}

/** Form values from the free-slot search's link (`?spaceId=…&date=…&from=…&to=…&attendees=…`). */
function initialValues(params: URLSearchParams, contactName?: string): Partial<Fields> {
  const date = params.get('date');
  const at = (time: string | null) => (date && time ? dayjs.tz(`${date} ${time}`, OFFICE_TIME_ZONE) : undefined);
  return {
    spaceId: params.get('spaceId') ?? undefined,
    date: date ? dayjs.tz(date, OFFICE_TIME_ZONE) : undefined,
    startsAt: at(params.get('from')),
    endsAt: at(params.get('to')),
    attendees: Number(params.get('attendees')) || 10,
    eventKind: 'meeting',
    setupMinutes: 0,
    cleanupMinutes: 0,
    contactName,
    repeat: { frequency: 'weekly', interval: 1 },
    onClash: 'skip',
  };
}

type Outcome = { booking: VenueBooking } | { series: SeriesResult };

function Booked({ outcome, onAnother }: { outcome: Outcome; onAnother: () => void }) {
  const first = 'booking' in outcome ? outcome.booking : outcome.series.bookings[0];
  const skipped = 'series' in outcome ? outcome.series.skipped : [];
  return (
    <Result
      status="success"
      title={first.status === 'requested' ? text.requested : text.booked}
      subTitle={
        <>
          <div>{`${first.title}・${first.space.name}・${formatWindow(first)}`}</div>
          {'series' in outcome && <div>{text.seriesBooked(outcome.series.bookings.length)}</div>}
          {skipped.length > 0 && (
            <div>{`${text.seriesSkipped}${skipped.map((date) => `${date.date}（${text.problemOf(date.code)}）`).join('、')}`}</div>
          )}
        </>
      }
      extra={[
        <Link key="mine" to="/spaces/mine">
          <Button type="primary">{text.viewMine}</Button>
        </Link>,
        <Button key="another" onClick={onAnother}>
          {text.bookAnother}
        </Button>,
      ]}
    />
  );
}

function EquipmentFields({ space }: { space: Space }) {
  if (!space.equipment.length) return null;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 14, marginBottom: 8 }}>{text.equipmentToBorrow}</legend>
      <Row gutter={12}>
        {space.equipment.map((item) => (
          <Col xs={12} md={6} key={item.code}>
            <Form.Item label={text.quantityOf(item.name, item.quantity)} name={['borrow', item.code]}>
              <InputNumber min={0} max={item.quantity} precision={0} inputMode="numeric" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </fieldset>
  );
}

/** Book a space for one date or as a series; every refused rule is shown in Chinese on its field. */
export default function BookPage() {
  const [params] = useSearchParams();
  const session = useSession();
  const spaces = useSpaces();
  const [form] = Form.useForm<Fields>();
  const report = useErrorReporter();
  const bookSpace = useBookSpace();
  const bookSeries = useBookSeries();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const spaceId = Form.useWatch('spaceId', form);
  const date = Form.useWatch('date', form);
  const space = spaces.data?.find((candidate) => candidate.id === spaceId);
  const day = date ? isoDateOf(date) : undefined;
  const calendar = useCalendar(space && day ? { from: day, to: day, siteId: space.siteId } : null);
  const pending = bookSpace.isPending || bookSeries.isPending;

  async function onFinish(fields: Fields) {
    setFailure(null);
    try {
      const booking = toBooking(fields);
      if (fields.repeats && fields.repeat?.until)
        setOutcome({
          series: await bookSeries.mutateAsync({
            ...booking,
            repeat: { ...fields.repeat, until: isoDateOf(fields.repeat.until) },
            onClash: fields.onClash ?? 'skip',
          }),
        });
      else setOutcome({ booking: await bookSpace.mutateAsync(booking) });
    } catch (error) {
      setFailure(error);
      report(error, form);
    }
  }

  if (outcome)
    return (
      <Booked
        outcome={outcome}
        onAnother={() => {
          form.resetFields();
          setOutcome(null);
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
        initialValues={initialValues(params, session.data?.displayName)}
        disabled={pending}
        scrollToFirstError
      >
        <Form.Item label={text.space} name="spaceId" rules={[{ required: true, message: text.spaceRequired }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(spaces.data ?? []).map((candidate) => ({
              value: candidate.id,
              label: `${candidate.siteName} ${candidate.name}（${candidate.kindLabel}，${text.capacity(candidate.capacity)}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label={text.title}
          name="title"
          rules={[{ required: true, whitespace: true, message: text.titleRequired }, { max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item
              label={text.eventKind}
              name="eventKind"
              rules={[{ required: true, message: text.eventKindRequired }]}
            >
              <Select options={Object.entries(text.eventKinds).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              label={text.attendees}
              name="attendees"
              rules={[{ required: true, message: text.attendeesRequired }]}
            >
              <InputNumber min={1} max={100000} precision={0} inputMode="numeric" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <WindowFields />
        {space && calendar.data && <DayOccupancy calendar={calendar.data} space={space} />}
        <Typography.Paragraph type="secondary">{text.buffersHelp}</Typography.Paragraph>
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item label={text.setupMinutes} name="setupMinutes">
              <InputNumber min={0} max={480} step={15} precision={0} inputMode="numeric" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={text.cleanupMinutes} name="cleanupMinutes">
              <InputNumber min={0} max={480} step={15} precision={0} inputMode="numeric" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {space && <EquipmentFields space={space} />}
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              label={text.contactName}
              name="contactName"
              rules={[{ required: true, whitespace: true, message: text.contactNameRequired }, { max: 100 }]}
            >
              <Input maxLength={100} autoComplete="name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
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
          </Col>
        </Row>
        <RepeatFields />
        <ClashAlert error={failure} calendar={calendar.data} />
        <SeriesClashAlert error={failure} />
        <Button type="primary" htmlType="submit" block loading={pending}>
          {text.submit}
        </Button>
      </Form>
    </Card>
  );
}
