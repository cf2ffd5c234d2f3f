import { Card, Descriptions, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { ApiError } from '../../common/api/client';
import { formatRocDateTime } from '../../common/dates/roc-date';
import { useSession } from '../../common/session/session';
import { ErrorState, LoadingState, NotFoundState } from '../../common/states/states';
import { BookingStatusTag } from '../components/booking-status-tag';
import { formatItinerary, formatWindow } from '../components/booking-window';
import { CancelBooking } from '../components/cancel-booking';
import { useBooking } from '../hooks/use-bookings';
import { CANCELLABLE, fleetText as text } from '../messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One car booking as its requester follows it: what was asked, its status, and cancelling it. */
export default function BookingPage() {
  const { id = '' } = useParams();
  if (!UUID.test(id)) return <NotFoundState title={text.notFound} />;
  return <BookingDetail id={id} />;
}

function BookingDetail({ id }: { id: string }) {
  const booking = useBooking(id);
  const session = useSession();
  if (booking.isPending) return <LoadingState />;
  if (booking.error instanceof ApiError && booking.error.status === 404) return <NotFoundState title={text.notFound} />;
  if (booking.isError) return <ErrorState error={booking.error} onRetry={() => void booking.refetch()} />;
  const data = booking.data;
  const mayCancel = CANCELLABLE.includes(data.state) && session.data?.id === data.requesterId;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0, overflowWrap: 'anywhere' }}>
          {data.purpose}
        </Typography.Title>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={text.status}>
            <BookingStatusTag state={data.state} imported={Boolean(data.importedAt)} />
          </Descriptions.Item>
          <Descriptions.Item label={text.requestedAt}>{formatRocDateTime(data.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={text.window}>{formatWindow(data)}</Descriptions.Item>
          <Descriptions.Item label={text.passengers}>{data.passengers}</Descriptions.Item>
          <Descriptions.Item label={text.itinerary} span="filled">
            <span style={{ overflowWrap: 'anywhere' }}>{formatItinerary(data)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={text.driver}>
            {data.needsDriver ? text.withDriver : text.selfDrive}
          </Descriptions.Item>
          {data.wantedClass === 'vip_van' && <Descriptions.Item label={text.vip}>{text.vipRequest}</Descriptions.Item>}
          <Descriptions.Item label={text.contactPhone}>{data.contactPhone}</Descriptions.Item>
          {data.reason && <Descriptions.Item label={text.reason}>{data.reason}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {mayCancel && <CancelBooking booking={data} />}
    </Space>
  );
}
