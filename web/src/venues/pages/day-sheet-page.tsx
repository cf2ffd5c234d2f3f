import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatRocDate, OFFICE_TIME_ZONE } from '../../common/dates/roc-date';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { ErrorState, LoadingState } from '../../common/states/states';
import { CenterSelect, centersOf } from '../components/center-select';
import { DaySheetRow } from '../components/day-sheet-booking';
import { PrintStyle } from '../components/print-style';
import { usePageParams } from '../components/use-page-params';
import { isoDateOf, todayInTaipei } from '../components/venue-time';
import { useDaySheet, useSpaces, type DaySheet } from '../hooks/use-venues';
import { venuesText as text } from '../messages';

function Sheet({ sheet }: { sheet: DaySheet }) {
  const used = sheet.spaces.filter((entry) => entry.bookings.length);
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {text.daySheetHeading(sheet.siteName, formatRocDate(`${sheet.date}T12:00:00+08:00`))}
      </Typography.Title>
      {!sheet.workingDay && <Typography.Paragraph type="warning">{text.notWorkingDay}</Typography.Paragraph>}
      {used.length === 0 && <Typography.Paragraph>{text.noBookingsToday}</Typography.Paragraph>}
      {used.map(({ space, bookings }) => (
        <section key={space.id} aria-label={space.name} style={{ marginBottom: 16, breakInside: 'avoid' }}>
          <Typography.Title level={3} style={{ fontSize: 16, marginBottom: 0 }}>
            {`${space.name}（${space.kindLabel}）`}
          </Typography.Title>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {bookings.map((booking) => (
              <DaySheetRow key={booking.id} booking={booking} />
            ))}
          </ul>
        </section>
      ))}
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {text.equipmentToSetUp}
      </Typography.Title>
      <Typography.Paragraph>
        {sheet.equipment.length
          ? sheet.equipment.map((item) => `${item.name}×${item.quantity}`).join('、')
          : text.noEquipment}
      </Typography.Paragraph>
    </>
  );
}

/** What happens where in a center on a day, for the venue staff: check-in and no-show on the spot, printable. */
export default function DaySheetPage() {
  const spaces = useSpaces();
  const [params, change] = usePageParams(['siteId', 'date']);
  const date = params.date ?? isoDateOf(todayInTaipei());
  const siteId = params.siteId ?? centersOf(spaces.data ?? [])[0]?.id;
  const sheet = useDaySheet(siteId, date);

  if (spaces.isPending) return <LoadingState />;
  if (spaces.isError) return <ErrorState error={spaces.error} onRetry={() => void spaces.refetch()} />;
  return (
    <Card>
      <PrintStyle />
      <div className="venue-no-print">
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {text.daySheetTitle}
        </Typography.Title>
        <Form layout="vertical">
          <Row gutter={12} align="bottom">
            <Col xs={24} md={10}>
              <Form.Item label={text.center} htmlFor="day-sheet-center">
                <CenterSelect
                  id="day-sheet-center"
                  spaces={spaces.data}
                  value={siteId}
                  onChange={(value) => change({ siteId: value })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={text.date} htmlFor="day-sheet-date">
                <RocDatePicker
                  id="day-sheet-date"
                  allowClear={false}
                  value={dayjs.tz(date, OFFICE_TIME_ZONE)}
                  onChange={(value) => value && change({ date: isoDateOf(value as Dayjs) })}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item>
                <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
                  {text.print}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </div>
      {sheet.isPending ? (
        <LoadingState />
      ) : sheet.isError ? (
        <ErrorState error={sheet.error} onRetry={() => void sheet.refetch()} />
      ) : (
        <Sheet sheet={sheet.data} />
      )}
    </Card>
  );
}
