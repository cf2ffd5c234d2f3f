import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every time the office deals with is Taipei time, whatever the browser's own zone. */
export const OFFICE_TIME_ZONE = 'Asia/Taipei';
const ROC_OFFSET = 1911;

export function inTaipei(value: string | Date | Dayjs): Dayjs {
  return dayjs(value).tz(OFFICE_TIME_ZONE);
}

/** Today's date in Taipei as the API takes it (`2026-12-02`), whatever the browser's clock zone. */
export function todayIsoInTaipei(): string {
  return inTaipei(new Date()).format('YYYY-MM-DD');
}

export function rocYearOf(value: Dayjs): number {
  return value.year() - ROC_OFFSET;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `112/03/05`, the form tables and lists use. */
export function formatRocDate(value: string | Date | Dayjs): string {
  const day = inTaipei(value);
  return `${rocYearOf(day)}/${pad(day.month() + 1)}/${pad(day.date())}`;
}

/** `112年3月5日 14:30`, for a sentence. */
export function formatRocDateTime(value: string | Date | Dayjs): string {
  const day = inTaipei(value);
  return `${rocYearOf(day)}年${day.month() + 1}月${day.date()}日 ${day.format('HH:mm')}`;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const ROC_WRITTEN = /^(?:中華)?(?:民國)?\s*(\d{1,3})\s*(?:[年./-])\s*(\d{1,2})\s*(?:[月./-])\s*(\d{1,2})\s*日?$/;
const ROC_DIGITS = /^(\d{3})(\d{2})(\d{2})$/;

/**
 * A ROC date as people type it (`112/3/5`, `112.03.05`, `1120305`, `民國112年3月5日`, full-width
 * digits too), as midnight Taipei time; null when it is not a date that exists.
 */
export function parseRocDate(text: string): Dayjs | null {
  const normalised = text.trim().replace(FULL_WIDTH_DIGIT, (digit) => String(digit.charCodeAt(0) - 0xff10));
  const match = ROC_WRITTEN.exec(normalised) ?? ROC_DIGITS.exec(normalised);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1) return null;
  const iso = `${year + ROC_OFFSET}-${pad(month)}-${pad(day)}`;
  const parsed = dayjs.tz(iso, OFFICE_TIME_ZONE);
  return parsed.isValid() && parsed.format('YYYY-MM-DD') === iso ? parsed : null;
}
