import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TAIPEI_ZONE } from '../../common/time/taipei-zone';
import { zonedCalendar } from '../../common/time/zoned-ical';
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

/**
 * A space's iCal feed: every booking holding it (a hall's booking shows in its rooms' feeds too),
 * in the office zone's wall-clock times.
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
    const header = {
      name: `${space.siteName} ${space.name}`,
      product: 'venues',
      zone: TAIPEI_ZONE,
      stamp: now,
    };
    return zonedCalendar(
      header,
      rows.map((row) => {
        const visible = !scope || row.agency_id === scope;
        return {
          id: `${row.booking_id}@venues.facilities-ops`,
          start: row.starts_at,
          end: row.ends_at,
          summary: visible ? `${row.title}${row.booked_here ? '' : '（併用）'}` : '已預約',
          description: visible ? EVENT_KIND_LABELS[row.event_kind] : null,
          location: space.locationLabel,
        };
      }),
    );
  }
}
