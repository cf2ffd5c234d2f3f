import ical from 'ical-generator';
import { DateTime } from 'luxon';

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * The VTIMEZONE of a zone with one offset all year (Asia/Taipei has had no daylight saving since
 * 1979), or undefined for a zone with daylight saving, whose times are then written in UTC.
 */
export function fixedZoneDefinition(zone: string): string | undefined {
  const january = DateTime.fromObject({ month: 1, day: 1 }, { zone });
  const july = DateTime.fromObject({ month: 7, day: 1 }, { zone });
  if (january.offset !== july.offset) return undefined;
  const offset = offsetText(january.offset);
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${january.offsetNameShort ?? offset}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

export interface ZonedCalendarHeader {
  name: string;
  /** The product part of PRODID, e.g. `venues`. */
  product: string;
  zone: string;
  /** DTSTAMP of every event: when the feed was written. */
  stamp: Date;
}

export interface ZonedEvent {
  id: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
}

/**
 * An iCal feed whose times are wall-clock times of the office zone with its VTIMEZONE, converted
 * by luxon rather than by the process's own zone, so a server running in UTC writes them right.
 */
export function zonedCalendar(header: ZonedCalendarHeader, events: ZonedEvent[]): string {
  const definition = fixedZoneDefinition(header.zone);
  const calendar = ical({
    name: header.name,
    prodId: { company: 'facilities-ops', product: header.product },
    // No calendar-wide zone: ical-generator would then write DTSTAMP in it, and DTSTAMP must be UTC.
    timezone: definition ? { name: null, generator: () => definition } : null,
  });
  const eventZone = definition ? header.zone : 'UTC';
  for (const event of events) {
    calendar.createEvent({
      id: event.id,
      timezone: definition ? header.zone : null,
      start: DateTime.fromJSDate(event.start, { zone: eventZone }),
      end: DateTime.fromJSDate(event.end, { zone: eventZone }),
      stamp: header.stamp,
      summary: event.summary,
      description: event.description ?? null,
      location: event.location ?? null,
    });
  }
  return calendar.toString();
}
