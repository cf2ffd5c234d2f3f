import dayjs, { type Dayjs } from 'dayjs';
import { formatRocDate, inTaipei, OFFICE_TIME_ZONE } from '../../common/dates/roc-date';

/** `09:00` in Taipei time. */
export function timeOf(value: string | Date | Dayjs): string {
  return inTaipei(value).format('HH:mm');
}

/** `115/12/02 09:00–11:00` (venue bookings begin and end on the same day). */
export function formatWindow(window: { startsAt: string; endsAt: string }): string {
  return `${formatRocDate(window.startsAt)} ${timeOf(window.startsAt)}–${timeOf(window.endsAt)}`;
}

/** `2026-12-02`, the date the API's day parameters take. */
export function isoDateOf(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** A picked day and time as an ISO instant in Taipei time, whatever the browser's own zone. */
export function instantOn(date: Dayjs, time: Dayjs): string {
  return dayjs.tz(`${isoDateOf(date)} ${time.format('HH:mm')}`, OFFICE_TIME_ZONE).toISOString();
}

/** Today in Taipei, as a date. */
export function todayInTaipei(): Dayjs {
  return dayjs.tz(inTaipei(new Date()).format('YYYY-MM-DD'), OFFICE_TIME_ZONE);
}
