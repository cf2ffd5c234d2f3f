import { Button, Card, Col, Form, Row, Select, Space as Stack, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { formatRocDate, OFFICE_TIME_ZONE } from '../../common/dates/roc-date';
import { ErrorState, LoadingState } from '../../common/states/states';
import { CenterSelect, centersOf } from '../components/center-select';
import { usePageParams } from '../components/use-page-params';
import { isoDateOf, todayInTaipei } from '../components/venue-time';
import { WeekCalendar } from '../components/week-calendar';
import { useCalendar, useSpaces, type Space } from '../hooks/use-venues';
import { venuesText as text } from '../messages';

/** Monday of the week the day falls in. */
function mondayOf(day: Dayjs): Dayjs {
  return day.subtract((day.day() + 6) % 7, 'day');
}

function IcalLink({ space }: { space: Space }) {
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
      <a
        href={`/venues/spaces/${space.id}/calendar.ics`}
        download={`${space.code}.ics`}
        style={{ textDecoration: 'underline' }}
      >
        {text.icalLink}
      </a>
      ：{text.icalHelp}
    </Typography.Paragraph>
  );
}

/** A week of one space, or of every space of a center: who holds it when (busy only for other agencies). */
export default function CalendarPage() {
  const [{ siteId, spaceId, week: weekParam }, change] = usePageParams(['siteId', 'spaceId', 'week']);
  const spaces = useSpaces();
  const week = mondayOf(weekParam ? dayjs.tz(weekParam, OFFICE_TIME_ZONE) : todayInTaipei());
  const chosenSpace = spaces.data?.find((space) => space.id === spaceId);
  const centerId = siteId ?? chosenSpace?.siteId ?? centersOf(spaces.data ?? [])[0]?.id;
  const window = { from: isoDateOf(week), to: isoDateOf(week.add(6, 'day')) };
  const calendar = useCalendar(
    chosenSpace ? { ...window, spaceId: chosenSpace.id } : centerId ? { ...window, siteId: centerId } : null,
  );

  if (spaces.isPending) return <LoadingState />;
  if (spaces.isError) return <ErrorState error={spaces.error} onRetry={() => void spaces.refetch()} />;
  const spacesOfCenter = spaces.data.filter((space) => space.siteId === centerId);

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.calendarTitle}
      </Typography.Title>
      <Form layout="vertical">
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label={text.center} htmlFor="calendar-center">
              <CenterSelect
                id="calendar-center"
                spaces={spaces.data}
                value={centerId}
                onChange={(value) => change({ siteId: value, spaceId: undefined })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={text.space} htmlFor="calendar-space">
              <Select
                id="calendar-space"
                allowClear
                placeholder={text.allSpaces}
                value={spaceId}
                onChange={(value?: string) => change({ spaceId: value, siteId: centerId })}
                options={spacesOfCenter.map((space) => ({
                  value: space.id,
                  label: `${space.name}（${space.kindLabel}，${text.capacity(space.capacity)}）`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Stack wrap style={{ marginBottom: 16 }}>
        <Button onClick={() => change({ week: isoDateOf(week.subtract(7, 'day')) })}>{text.previousWeek}</Button>
        <Button onClick={() => change({ week: undefined })}>{text.thisWeek}</Button>
        <Button onClick={() => change({ week: isoDateOf(week.add(7, 'day')) })}>{text.nextWeek}</Button>
        <Typography.Text strong>{text.weekOf(formatRocDate(week), formatRocDate(week.add(6, 'day')))}</Typography.Text>
        {chosenSpace && (
          <Link to={`/spaces/book?spaceId=${chosenSpace.id}`}>
            <Button type="primary">{text.bookThis}</Button>
          </Link>
        )}
      </Stack>
      {calendar.isPending ? (
        <LoadingState />
      ) : calendar.isError ? (
        <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <WeekCalendar calendar={calendar.data} />
      )}
      {chosenSpace && <IcalLink space={chosenSpace} />}
    </Card>
  );
}
