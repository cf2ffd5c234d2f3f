import { ImportLine, LineProblem } from '../../common/import/import-lines';
import { Columns, LineReader } from '../../common/import/line-reader';
import { NamedLookup } from '../../common/import/named-lookup';
import { SheetRow } from '../../common/import/spreadsheet';
import { EVENT_KINDS_BY_LABEL, ImportedVenueBooking } from '../../venues/import/venue-import.service';
import { checkWindow, dateAndTime, namedReference, readLines, wholeNumber } from '../line-values';

type VenueField = 'space' | 'day' | 'startsAt' | 'endsAt' | 'agency' | 'title' | 'eventKind' | 'attendees' | 'contact';

export const VENUE_COLUMNS: Columns<VenueField> = {
  space: ['場地', '場地名稱', '場地代碼'],
  day: ['使用日期', '日期'],
  startsAt: ['開始時間', '起始時間'],
  endsAt: ['結束時間', '迄止時間'],
  agency: ['申請機關', '機關'],
  title: ['活動名稱', '事由', '用途'],
  eventKind: ['活動類型'],
  attendees: ['參加人數', '人數'],
  contact: ['聯絡人', '申請人'],
};

export const REQUIRED_VENUE_FIELDS: readonly VenueField[] = ['space', 'startsAt', 'endsAt', 'agency', 'title'];

type EventKind = ImportedVenueBooking['eventKind'];

export interface VenueLookups {
  /** Agency code or name → id. */
  agencies: Map<string, string>;
  spaces: NamedLookup;
}

function eventKindOf(read: LineReader<VenueField>): EventKind {
  const value = read.text('eventKind');
  if (value === null) return 'other';
  const kind = EVENT_KINDS_BY_LABEL.get(value);
  if (!kind) read.problem('eventKind', 'import.unknown_reference', `活動類型 "${value}" is not known here`, { value });
  return kind ?? 'other';
}

function bookingOf(read: LineReader<VenueField>, lookups: VenueLookups): ImportedVenueBooking {
  return {
    spaceId: namedReference(read, 'space', lookups.spaces),
    startsAt: dateAndTime(read, 'day', 'startsAt') as Date,
    endsAt: dateAndTime(read, 'day', 'endsAt') as Date,
    agencyId: read.reference('agency', lookups.agencies),
    title: read.required('title'),
    eventKind: eventKindOf(read),
    attendees: wholeNumber(read, 'attendees', 1) ?? 1,
    contactName: read.text('contact') ?? read.text('agency') ?? '',
  };
}

/** The rows of a file of earlier venue bookings as import lines, with every line's problems. */
export function venueBookingLines(
  rows: SheetRow[],
  lookups: VenueLookups,
): { lines: ImportLine<ImportedVenueBooking>[]; problems: LineProblem[] } {
  return readLines(rows, VENUE_COLUMNS, (read) => {
    const values = bookingOf(read, lookups);
    checkWindow(read, 'endsAt', values.startsAt, values.endsAt);
    return values;
  });
}
