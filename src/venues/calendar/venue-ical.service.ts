import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { TAIPEI_ZONE } from '../../common/time/taipei-zone';
import { AppConfig } from '../../config/app-config.schema';
import { Actor } from '../../identity/actor';
import { venueScopeOf } from '../bookings/venue-booking-scope';
import { VenueSpacesService } from '../spaces/venue-spaces.service';
import { EVENT_KIND_LABELS, EventKind } from '../venue.constants';

const DAY = 24 * 3_600_000;
/** A feed covers a month back and the booking horizon ahead. */
const FEED_PAST_DAYS = 31;

interface FeedRow {
  booking_id: string;
  agency_id: string;
  title: string;
  event_kind: EventKind;
  starts_at: Date;
  ends_at: Date;
  booked_here: boolean;
}

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

/**
 * A space's iCal feed: every booking holding it (a hall's booking shows in its rooms' feeds too).
 * Times are written as wall-clock times of the office zone with its VTIMEZONE, converted by
 * luxon rather than by the process's own zone, so a server running in UTC writes them right.
 */
@Injectable()
export class VenueIcalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly spaces: VenueSpacesService,
    private readonly config: AppConfig,
  ) {}

  async spaceFeed(actor: Actor, spaceId: string, now = new Date()): Promise<string> {
    const space = await this.spaces.get(spaceId);
    const rows: FeedRow[] = await this.dataSource.query(
      `SELECT b.id AS booking_id, b.agency_id, b.title, b.event_kind, b.starts_at, b.ends_at, b.space_id = $1 AS booked_here
         FROM venue_occupancies o JOIN venue_bookings b ON b.id = o.booking_id
        WHERE o.space_id = $1 AND o.occupied && tstzrange($2, $3, '[)')
        ORDER BY b.starts_at`,
      [
        spaceId,
        new Date(now.getTime() - FEED_PAST_DAYS * DAY),
        new Date(now.getTime() + this.config.venues.bookingHorizonDays * DAY),
      ],
    );
    const scope = venueScopeOf(actor);
    const zone = TAIPEI_ZONE;
    const definition = fixedZoneDefinition(zone);
    const calendar = ical({
      name: `${space.siteName} ${space.name}`,
      prodId: { company: 'facilities-ops', product: 'venues' },
      // No calendar-wide zone: ical-generator would then write DTSTAMP in it, and DTSTAMP must be UTC.
      timezone: definition ? { name: null, generator: () => definition } : null,
    });
    const eventZone = definition ? zone : 'UTC';
    for (const row of rows) {
      const visible = !scope || row.agency_id === scope;
      calendar.createEvent({
        id: `${row.booking_id}@venues.facilities-ops`,
        timezone: definition ? zone : null,
        start: DateTime.fromJSDate(row.starts_at, { zone: eventZone }),
        end: DateTime.fromJSDate(row.ends_at, { zone: eventZone }),
        stamp: now,
        summary: visible ? `${row.title}${row.booked_here ? '' : '（併用）'}` : '已預約',
        description: visible ? EVENT_KIND_LABELS[row.event_kind] : null,
        location: space.locationLabel,
      });
    }
    return calendar.toString();
  }
}
