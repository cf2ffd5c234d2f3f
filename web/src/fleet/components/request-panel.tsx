import { Button, Descriptions, Divider, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatRocDateTime } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { LoadingState } from '../../common/states/states';
import { dispatchText as text } from '../dispatch-text';
import type { Booking } from '../hooks/use-bookings';
import { useCandidates, useDispatchAction, type Trip, type Vehicle } from '../hooks/use-dispatch';
import { fleetText } from '../messages';
import { formatItinerary, formatWindow } from './booking-window';
import { ClashAlert, clashOf } from './clash-alert';

interface AssignValues {
  vehicleId?: string;
  otherVehicleId?: string;
  driverId?: string;
}

/** The picked request: its ranked candidates (the API's order), assign, pool onto a trip, or reject. */
export function RequestPanel({
  booking,
  vehicles,
  trips,
  onDone,
}: {
  booking: Booking;
  vehicles: Vehicle[];
  trips: Trip[];
  onDone: () => void;
}) {
  const candidates = useCandidates(booking.id);
  const action = useDispatchAction(booking.id);
  const report = useErrorReporter();
  const message = usePageMessage();
  const [clash, setClash] = useState<ReturnType<typeof clashOf>>();
  const run = (input: Parameters<typeof action.mutate>[0], done: string) => {
    setClash(undefined);
    sendChange(action, input, {
      onSuccess: () => {
        void message.success(done);
        onDone();
      },
      onError: (error) => {
        const refused = clashOf(error);
        if (refused) setClash(refused);
        else report(error);
      },
    });
  };
  const plates = new Map(vehicles.map((vehicle) => [vehicle.id, vehicle.plate]));
  const poolable = trips.filter(
    (trip) => trip.state === 'planned' && trip.startsAt < booking.endsAt && trip.endsAt > booking.startsAt,
  );
  const onAssign = (values: AssignValues) =>
    run(
      {
        kind: 'assign',
        body: {
          vehicleId: values.otherVehicleId ?? values.vehicleId ?? '',
          driverId: values.driverId,
          version: booking.version,
        },
      },
      text.assigned,
    );
  return (
    <section aria-label={text.requestTitle(booking.purpose)}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {text.requestTitle(booking.purpose)}
      </Typography.Title>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={fleetText.window}>{formatWindow(booking)}</Descriptions.Item>
        <Descriptions.Item label={fleetText.itinerary}>{formatItinerary(booking)}</Descriptions.Item>
        <Descriptions.Item label={fleetText.passengers}>
          {text.passengers(booking.passengers)}・{booking.needsDriver ? text.needsDriver : text.selfDrive}
          {booking.wantedClass === 'vip_van' ? `・${fleetText.vip}` : ''}
          {booking.loan ? `・${text.loan}` : ''}
          {booking.channel === 'paper'
            ? `・${booking.paperRequesterName ? text.paperBy(booking.paperRequesterName) : text.paper}`
            : ''}
        </Descriptions.Item>
      </Descriptions>
      {clash && <ClashAlert clash={clash} />}
      {candidates.isPending ? (
        <LoadingState />
      ) : (
        <Form<AssignValues>
          layout="vertical"
          onFinish={onAssign}
          disabled={action.isPending}
          initialValues={{ vehicleId: candidates.data?.vehicles[0]?.id, driverId: candidates.data?.drivers[0]?.id }}
        >
          <Form.Item label={text.candidatesTitle} name="vehicleId">
            {candidates.data?.vehicles.length ? (
              <Radio.Group>
                <Space direction="vertical">
                  {candidates.data.vehicles.map((vehicle, index) => (
                    <Radio key={vehicle.id} value={vehicle.id}>
                      {`${index === 0 ? `【${text.suggested}】` : ''}${vehicle.plate}・${text.seats(vehicle.seats)}・${
                        vehicle.lastUsedAt ? text.lastUsed(formatRocDateTime(vehicle.lastUsedAt)) : text.neverUsed
                      }`}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            ) : (
              <Typography.Text type="secondary">{text.candidatesEmpty}</Typography.Text>
            )}
          </Form.Item>
          <Form.Item label={text.otherVehicle} name="otherVehicleId">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={vehicles.map((vehicle) => ({ value: vehicle.id, label: vehicle.plate }))}
            />
          </Form.Item>
          {booking.needsDriver && (
            <Form.Item label={text.driver} name="driverId" rules={[{ required: true, message: text.driverRequired }]}>
              <Select
                options={(candidates.data?.drivers ?? []).map((driver) => ({
                  value: driver.id,
                  label: driver.displayName,
                }))}
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={action.isPending}>
            {text.assign}
          </Button>
        </Form>
      )}
      <Divider />
      <Form<{ tripId: string }>
        layout="vertical"
        onFinish={({ tripId }) => run({ kind: 'pool', body: { tripId, version: booking.version } }, text.pooled)}
        disabled={action.isPending || poolable.length === 0}
      >
        <Form.Item label={text.poolTitle} name="tripId" rules={[{ required: true, message: text.poolEmpty }]}>
          <Select
            placeholder={poolable.length ? undefined : text.poolEmpty}
            options={poolable.map((trip) => ({
              value: trip.id,
              label: `${plates.get(trip.vehicleId) ?? ''} ${formatWindow(trip)}`,
            }))}
          />
        </Form.Item>
        <Button htmlType="submit">{text.pool}</Button>
      </Form>
      <Divider />
      <Form<{ reason: string }>
        layout="vertical"
        onFinish={({ reason }) => run({ kind: 'reject', body: { reason: reason.trim() } }, text.rejected)}
        disabled={action.isPending}
      >
        <Form.Item
          label={text.rejectReason}
          name="reason"
          rules={[{ required: true, whitespace: true, message: text.rejectReasonRequired }, { max: 500 }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button danger htmlType="submit">
          {text.reject}
        </Button>
      </Form>
    </section>
  );
}
