import { formatRocDateTime } from '../../common/time';
import { Notice } from '../../notifications/notifications.service';
import { Booking } from './booking.entity';

type NoticeBooking = Pick<Booking, 'id' | 'requesterId' | 'purpose' | 'destination' | 'startsAt' | 'reason'>;

const WORDING = {
  booking_approved: { verb: '已核准派車', detail: '車輛與駕駛已安排，請於出發時間準時候車。' },
  booking_reassigned: { verb: '已改派車輛', detail: '派車內容已變更，請至系統查看新的車輛與駕駛。' },
  booking_rejected: { verb: '未獲核准', detail: '' },
  booking_cancelled: { verb: '已由派車調度取消', detail: '' },
} as const;

export type BookingNoticeKind = keyof typeof WORDING;

/** The requester's notice that the office decided on their car booking. */
export function bookingNotice(booking: NoticeBooking, kind: BookingNoticeKind): Notice {
  const wording = WORDING[kind];
  const trip = `${formatRocDateTime(booking.startsAt)} 前往${booking.destination}（${booking.purpose}）`;
  const lines = [
    `您申請的公務車 ${trip} ${wording.verb}。`,
    booking.reason ? `原因：${booking.reason}` : '',
    wording.detail,
  ];
  return {
    userId: booking.requesterId,
    kind,
    title: `公務車申請（${formatRocDateTime(booking.startsAt)}）${wording.verb}`,
    body: lines.filter(Boolean).join('\n'),
    link: `/cars/${booking.id}`,
  };
}
