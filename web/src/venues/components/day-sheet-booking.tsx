import { Button, Space as Stack, Typography } from 'antd';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { useCheckIn, useNoShow, type DaySheetBooking } from '../hooks/use-venues';
import { venuesText as text } from '../messages';
import { BookingStatusTag } from './booking-status-tag';
import { timeOf } from './venue-time';

/** One booking of the day: when (with setup and cleanup), what, for whom, what to set up; check-in or no-show. */
export function DaySheetRow({ booking }: { booking: DaySheetBooking }) {
  const checkIn = useCheckIn();
  const noShow = useNoShow();
  const report = useErrorReporter();
  const message = usePageMessage();
  const buffered = booking.occupiedFrom !== booking.startsAt || booking.occupiedUntil !== booking.endsAt;
  return (
    <li style={{ display: 'flex', flexWrap: 'wrap', gap: 8, padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
      <div style={{ flex: '0 0 auto', minWidth: 110, fontWeight: 600 }}>
        {`${timeOf(booking.startsAt)}–${timeOf(booking.endsAt)}`}
        {buffered && (
          <div style={{ fontWeight: 400, fontSize: 12 }}>
            {text.setupAndCleanup(timeOf(booking.occupiedFrom), timeOf(booking.occupiedUntil))}
          </div>
        )}
      </div>
      <div style={{ flex: '1 1 220px', minWidth: 0 }}>
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {booking.title}
        </Typography.Text>
        <div>{`${booking.agencyName}・${text.eventKinds[booking.eventKind]}・${text.people(booking.attendees)}`}</div>
        <div>{text.contact(booking.contactName, booking.contactPhone)}</div>
        {booking.equipment.length > 0 && (
          <div>{booking.equipment.map((item) => `${item.name}×${item.quantity}`).join('、')}</div>
        )}
      </div>
      <Stack wrap align="center">
        <BookingStatusTag status={booking.status} imported={Boolean(booking.importedAt)} />
        {booking.checkedInAt && <span>{text.checkedInAt(timeOf(booking.checkedInAt))}</span>}
        {booking.status === 'approved' && !booking.importedAt && (
          <span className="venue-no-print">
            <Stack wrap>
              <Button
                type="primary"
                loading={checkIn.isPending}
                aria-label={`${text.checkIn}：${booking.title}`}
                onClick={() =>
                  sendChange(checkIn, booking.id, {
                    onSuccess: () => void message.success(text.checkedIn),
                    onError: (error) => report(error),
                  })
                }
              >
                {text.checkIn}
              </Button>
              <Button
                loading={noShow.isPending}
                aria-label={`${text.noShow}：${booking.title}`}
                onClick={() =>
                  sendChange(noShow, booking.id, {
                    onSuccess: () => void message.success(text.markedNoShow),
                    onError: (error) => report(error),
                  })
                }
              >
                {text.noShow}
              </Button>
            </Stack>
          </span>
        )}
      </Stack>
    </li>
  );
}
