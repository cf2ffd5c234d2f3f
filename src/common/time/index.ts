export { BusinessCalendar, DEFAULT_BUSINESS_HOURS } from './business-calendar';
export type { BusinessCalendarOptions, BusinessHours } from './business-calendar';
export { loadCalendarYears } from './calendar-loader';
export type { CalendarYear } from './calendar-year';
export { parseRecordDate, parseRecordDateTime } from './record-date';
export {
  dateRange,
  formatRocDate,
  formatRocDateCompact,
  formatRocDateTime,
  parseRocDate,
  rocMonthRange,
  rocYearOf,
  rocYearRange,
  taipeiDate,
  toGregorianYear,
  toRocYear,
} from './roc-date';
export type { Period } from './roc-date';
export { nextMonth, taipeiMonthOf, taipeiMonthStart } from './taipei-months';
export type { CalendarMonth } from './taipei-months';
export { TAIPEI_ZONE } from './taipei-zone';
