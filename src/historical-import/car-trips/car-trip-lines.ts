import { ImportLine, LineProblem } from '../../common/import/import-lines';
import { Columns, LineReader } from '../../common/import/line-reader';
import { NamedLookup } from '../../common/import/named-lookup';
import { SheetRow } from '../../common/import/spreadsheet';
import { ImportedBooking } from '../../fleet/import/fleet-import.service';
import { checkWindow, namedReference, readLines, wholeNumber } from '../line-values';

type TripField =
  | 'startsAt'
  | 'endsAt'
  | 'agency'
  | 'requester'
  | 'channel'
  | 'purpose'
  | 'origin'
  | 'destination'
  | 'passengers'
  | 'plate'
  | 'driver'
  | 'tripNumber'
  | 'odometerOut'
  | 'odometerIn';

export const TRIP_COLUMNS: Columns<TripField> = {
  startsAt: ['用車時間', '出發時間', '開始時間'],
  endsAt: ['歸還時間', '返回時間', '結束時間'],
  agency: ['申請機關', '機關'],
  requester: ['申請人'],
  channel: ['申請方式'],
  purpose: ['事由', '用途'],
  origin: ['出發地', '起點'],
  destination: ['目的地', '地點'],
  passengers: ['乘車人數', '人數'],
  plate: ['車號', '車牌號碼'],
  driver: ['駕駛', '駕駛人'],
  tripNumber: ['車次編號', '車次'],
  odometerOut: ['出車里程', '出車里程數'],
  odometerIn: ['回場里程', '回場里程數'],
};

export const REQUIRED_TRIP_FIELDS: readonly TripField[] = [
  'startsAt',
  'endsAt',
  'agency',
  'requester',
  'purpose',
  'destination',
  'plate',
];

/** Where an earlier trip left from when the file does not say. */
const UNRECORDED = '未記載';
const CHANNELS: Record<string, ImportedBooking['channel']> = { 線上: 'online', 書面: 'paper' };

export interface TripLookups {
  /** Agency code or name → id. */
  agencies: Map<string, string>;
  /** Plate → vehicle id. */
  vehicles: Map<string, string>;
  /** Drivers by name. */
  drivers: NamedLookup;
}

function channelOf(read: LineReader<TripField>): ImportedBooking['channel'] {
  const value = read.text('channel');
  if (value === null) return 'online';
  const channel = CHANNELS[value.replace(/申請$/, '')];
  if (!channel)
    read.problem('channel', 'import.unknown_reference', `申請方式 "${value}" is not 線上 or 書面`, { value });
  return channel ?? 'online';
}

function bookingOf(read: LineReader<TripField>, lookups: TripLookups): ImportedBooking {
  const driver = read.text('driver');
  return {
    tripNumber: read.text('tripNumber'),
    startsAt: read.date('startsAt') as Date,
    endsAt: read.date('endsAt') as Date,
    agencyId: read.reference('agency', lookups.agencies),
    requesterName: read.required('requester'),
    channel: channelOf(read),
    purpose: read.required('purpose'),
    origin: read.text('origin') ?? UNRECORDED,
    destination: read.required('destination'),
    passengers: wholeNumber(read, 'passengers', 1) ?? 1,
    vehicleId: read.reference('plate', lookups.vehicles),
    driverId: driver === null ? null : namedReference(read, 'driver', lookups.drivers),
    odometerOutKm: wholeNumber(read, 'odometerOut', 0),
    odometerInKm: wholeNumber(read, 'odometerIn', 0),
  };
}

/** The rows of a file of earlier car dispatches as import lines, with every line's problems. */
export function carTripLines(
  rows: SheetRow[],
  lookups: TripLookups,
): { lines: ImportLine<ImportedBooking>[]; problems: LineProblem[] } {
  return readLines(rows, TRIP_COLUMNS, (read) => {
    const values = bookingOf(read, lookups);
    checkWindow(read, 'endsAt', values.startsAt, values.endsAt);
    return values;
  });
}
