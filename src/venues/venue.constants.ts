/** Kinds of bookable space in the centers. */
export const SPACE_KINDS = ['meeting_room', 'multimedia_room', 'auditorium', 'atrium', 'plaza'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];
export const SPACE_KIND_LABELS: Record<SpaceKind, string> = {
  meeting_room: '會議室',
  multimedia_room: '多媒體簡報室',
  auditorium: '大禮堂',
  atrium: '中庭',
  plaza: '廣場',
};

/**
 * Public spaces opened for events: the yearly report counts their openings (開放場次) apart from
 * the meeting rooms' bookings (受理申請使用場次). Listed in the report's order (中庭、廣場及大禮堂).
 */
export const PUBLIC_SPACE_KINDS: readonly SpaceKind[] = ['atrium', 'plaza', 'auditorium'];

export const EVENT_KINDS = [
  'meeting',
  'training',
  'lecture',
  'publicity',
  'exhibition',
  'performance',
  'ceremony',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  meeting: '會議',
  training: '訓練',
  lecture: '講座',
  publicity: '宣導活動',
  exhibition: '展覽',
  performance: '表演',
  ceremony: '典禮',
  other: '其他',
};

export const BOOKING_STATUSES = ['requested', 'approved', 'rejected', 'cancelled', 'checked_in', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  requested: '申請中',
  approved: '已核准',
  rejected: '已退件',
  cancelled: '已取消',
  checked_in: '已報到',
  no_show: '未使用',
};
/** Statuses in which a booking holds its space (occupancy rows exist). */
export const HOLDING_STATUSES: readonly BookingStatus[] = ['approved', 'checked_in'];
/** Statuses in which the booker may still change or cancel a booking. */
export const OPEN_STATUSES: readonly BookingStatus[] = ['requested', 'approved'];

export const SERIES_FREQUENCIES = ['daily', 'weekly'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

/** What a series does with a date that clashes or falls on a closed day: refuse the whole series, or skip the date. */
export const ON_CLASH_CHOICES = ['fail', 'skip'] as const;
export type OnClash = (typeof ON_CLASH_CHOICES)[number];

/** Longest setup or cleanup buffer, in minutes. */
export const MAX_BUFFER_MINUTES = 480;
/** Longest window one calendar or day-sheet request may cover, in days. */
export const MAX_CALENDAR_DAYS = 31;
