import { Button, Card, Col, Row, Segmented, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { ErrorState, LoadingState } from '../../common/states/states';
import { boardOpensAt, boardTicks, boardWindow, type Span } from '../components/board-window';
import { PendingList } from '../components/pending-list';
import { RequestPanel } from '../components/request-panel';
import { Timeline, type TimelineBar } from '../components/timeline';
import { dispatchText as text } from '../dispatch-text';
import {
  useBookingsIn,
  useDriverUnavailabilities,
  useDrivers,
  usePendingBookings,
  useTripsIn,
  useVehicles,
  type Trip,
} from '../hooks/use-dispatch';

const TONE: Record<Trip['state'], TimelineBar['tone']> = {
  planned: 'planned',
  in_trip: 'on_road',
  completed: 'done',
  released: 'done',
};

/** The dispatcher's board: vehicles and drivers across a day or a week, the pending requests beside it. */
export default function DispatchBoardPage() {
  const [day, setDay] = useState<Dayjs>(() => dayjs());
  const [span, setSpan] = useState<Span>('day');
  const [pickedId, setPickedId] = useState<string>();
  const window = boardWindow(day, span);
  const vehicles = useVehicles();
  const drivers = useDrivers();
  const trips = useTripsIn(window);
  const bookings = useBookingsIn(window);
  const pending = usePendingBookings();
  const offRoad = useDriverUnavailabilities(window);
  const failed = [vehicles, drivers, trips, bookings, pending, offRoad].find((query) => query.error);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!vehicles.data || !drivers.data || !trips.data || !bookings.data || !pending.data || !offRoad.data)
    return <LoadingState />;

  const purposes = new Map(bookings.data.items.map((booking) => [booking.id, booking.purpose]));
  const live = trips.data.items.filter((trip) => trip.state !== 'released');
  const barOf = (trip: Trip, rowId: string): TimelineBar => ({
    id: `${trip.id}-${rowId}`,
    rowId,
    start: trip.startsAt,
    end: trip.endsAt,
    label: trip.bookingIds.map((id) => purposes.get(id) ?? '').join('、') || text.tripStates[trip.state],
    tone: TONE[trip.state],
  });
  const ticks = boardTicks(window, span);
  const opensAt = boardOpensAt(window, span);
  const picked = pending.data.items.find((booking) => booking.id === pickedId);
  const approved = bookings.data.items.filter((booking) => booking.state === 'approved');
  const shift = (direction: 1 | -1) => setDay(day.add(direction, span));
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {text.boardTitle}
        </Typography.Title>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented<Span>
            aria-label={text.viewSpan}
            value={span}
            onChange={setSpan}
            options={[
              { value: 'day', label: text.day },
              { value: 'week', label: text.week },
            ]}
          />
          <Button onClick={() => shift(-1)}>{text.previous}</Button>
          <RocDatePicker
            aria-label={text.date}
            value={day}
            allowClear={false}
            onChange={(value) => setDay(value as Dayjs)}
          />
          <Button onClick={() => shift(1)}>{text.next}</Button>
          <Button onClick={() => setDay(dayjs())}>{text.today}</Button>
        </Space>
        <Timeline
          title={text.vehiclesLane}
          rows={vehicles.data.items.map((vehicle) => ({ id: vehicle.id, label: vehicle.plate }))}
          bars={live.map((trip) => barOf(trip, trip.vehicleId))}
          ticks={ticks}
          opensAt={opensAt}
          {...window}
        />
        <div style={{ height: 16 }} />
        <Timeline
          title={text.driversLane}
          rows={drivers.data.items.map((driver) => ({ id: driver.id, label: driver.displayName }))}
          bars={[
            ...live.flatMap((trip) => (trip.driverId ? [barOf(trip, trip.driverId)] : [])),
            ...offRoad.data.items.map((leave): TimelineBar => ({
              id: leave.id,
              rowId: leave.driverId,
              start: leave.startsAt,
              end: leave.endsAt,
              label: text.driverUnavailabilityKinds[leave.kind],
              tone: 'off',
            })),
          ]}
          ticks={ticks}
          opensAt={opensAt}
          {...window}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card>
            <PendingList pending={pending.data.items} approved={approved} pickedId={pickedId} onPick={setPickedId} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {picked && (
            <Card>
              <RequestPanel
                key={picked.id}
                booking={picked}
                vehicles={vehicles.data.items}
                trips={live}
                onDone={() => setPickedId(undefined)}
              />
            </Card>
          )}
        </Col>
      </Row>
    </Space>
  );
}
