import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { ReportReads } from '../common/figures/report-reads';
import { sumCounts } from '../common/figures/sum-counts';
import { BusinessCalendar, Period } from '../common/time';
import { TAIPEI_ZONE } from '../common/time/taipei-zone';
import { AppConfig } from '../config/app-config.schema';
import { sqlList } from '../database/sql-list';
import { LocationsService } from '../locations/locations.service';
import { HOLDING_STATUSES, PUBLIC_SPACE_KINDS, SpaceKind } from './venue.constants';

/** The counts of one center: the report's two numbers, and what else happened to its bookings. */
export interface VenueCounts {
  /** Bookings of the atrium, plaza and auditorium that went ahead (開放場次). */
  publicOpenings: number;
  /** Bookings of the meeting rooms and other spaces that went ahead (受理申請使用場次). */
  roomBookings: number;
  attendees: number;
  requests: number;
  rejected: number;
  cancelled: number;
  noShows: number;
}

export interface VenueSite {
  siteId: string;
  /** The site's code in the location tree (SW, FS). */
  siteCode: string;
  siteName: string;
}

export type VenueSiteFigures = VenueSite & VenueCounts;

export interface VenueSpaceFigures {
  spaceId: string;
  code: string;
  name: string;
  siteId: string;
  kind: SpaceKind;
  /** Bookings made for this space that went ahead. */
  bookings: number;
  /** Hours the space was held (buffers included, a hall's bookings counting for its rooms), clipped to the period. */
  hoursHeld: number;
  /** Opening hours in the period: open days × daily hours. */
  openHours: number;
  /** hoursHeld / openHours, 0–1 (0 when never open). */
  useRate: number;
}

export interface VenueFigures {
  period: Period;
  sites: VenueSiteFigures[];
  totals: VenueCounts;
  spaces: VenueSpaceFigures[];
}

const HELD = `b.status IN (${sqlList(HOLDING_STATUSES)})`;
const PUBLIC = `s.kind IN (${sqlList(PUBLIC_SPACE_KINDS)})`;
const COUNTS = `count(*) FILTER (WHERE ${HELD} AND ${PUBLIC}) AS public_openings,
  count(*) FILTER (WHERE ${HELD} AND NOT ${PUBLIC}) AS room_bookings,
  coalesce(sum(b.attendees) FILTER (WHERE ${HELD}), 0) AS attendees,
  count(*) AS requests,
  count(*) FILTER (WHERE b.status = 'rejected') AS rejected,
  count(*) FILTER (WHERE b.status = 'cancelled') AS cancelled,
  count(*) FILTER (WHERE b.status = 'no_show') AS no_shows`;

const toNumber = (value: unknown) => Number(value ?? 0);
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function countsOf(row: Record<string, unknown> | undefined): VenueCounts {
  return {
    publicOpenings: toNumber(row?.public_openings),
    roomBookings: toNumber(row?.room_bookings),
    attendees: toNumber(row?.attendees),
    requests: toNumber(row?.requests),
    rejected: toNumber(row?.rejected),
    cancelled: toNumber(row?.cancelled),
    noShows: toNumber(row?.no_shows),
  };
}

function minutesOf(hourMinute: string): number {
  const [hour, minute] = hourMinute.split(':').map(Number);
  return hour * 60 + minute;
}

/**
 * The venue figures of any half-open period, per center: openings of the public spaces and
 * bookings of the meeting rooms (the yearly report's `…中庭、廣場及大禮堂計開放N場次，各會議室等受理申請使用計M場次`),
 * attendees, cancellations and no-shows, and each space's use rate. Bookings count by their start.
 */
@Injectable()
export class VenueFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly locations: LocationsService,
    private readonly calendar: BusinessCalendar,
    private readonly config: AppConfig,
  ) {}

  async figuresFor(period: Period): Promise<VenueFigures> {
    const [sites, { bySite, totals }, spaces] = await Promise.all([
      this.sites(),
      this.countsBySite(period),
      this.spacesFor(period),
    ]);
    return {
      period,
      sites: sites.map((site) => ({ ...site, ...(bySite.get(site.siteId) ?? countsOf(undefined)) })),
      totals,
      spaces,
    };
  }

  /** Each center's counts by its id (the centers with bookings) and the totals: what the yearly figures keep of a month. */
  async countsBySite(period: Period): Promise<{ bySite: Map<string, VenueCounts>; totals: VenueCounts }> {
    const perSite = (await this.dataSource.query(
      `SELECT s.site_id, ${COUNTS} FROM venue_bookings b JOIN venue_spaces s ON s.id = b.space_id
        WHERE b.starts_at >= $1 AND b.starts_at < $2
        GROUP BY s.site_id`,
      [period.start, period.end],
    )) as Record<string, unknown>[];
    // Every space has a center, so the totals are the centers' sums.
    return {
      bySite: new Map(perSite.map((row) => [String(row.site_id), countsOf(row)])),
      totals: sumCounts([countsOf(undefined), ...perSite.map(countsOf)]),
    };
  }

  private async spacesFor(period: Period): Promise<VenueSpaceFigures[]> {
    const perSpace = (await this.dataSource.query(
      `SELECT s.id, s.code, s.name, s.site_id, s.kind, s.opens_at, s.closes_at, s.open_on_non_working_days,
              (SELECT count(*) FROM venue_bookings b WHERE b.space_id = s.id AND ${HELD} AND b.starts_at >= $1 AND b.starts_at < $2) AS bookings,
              (SELECT coalesce(sum(extract(epoch FROM least(upper(o.occupied), $2) - greatest(lower(o.occupied), $1))), 0) / 3600
                 FROM venue_occupancies o JOIN venue_bookings b ON b.id = o.booking_id
                WHERE o.space_id = s.id AND ${HELD} AND o.occupied && tstzrange($1, $2, '[)')) AS hours_held
         FROM venue_spaces s ORDER BY s.code`,
      [period.start, period.end],
    )) as Record<string, unknown>[];
    const days = this.openDays(period);
    return perSpace.map((row) => {
      const dailyHours = (minutesOf(String(row.closes_at)) - minutesOf(String(row.opens_at))) / 60;
      const alwaysOpen = row.open_on_non_working_days || !this.config.venues.closedOnNonWorkingDays;
      const openHours = dailyHours * (alwaysOpen ? days.all : days.working);
      const hoursHeld = toNumber(row.hours_held);
      return {
        spaceId: String(row.id),
        code: String(row.code),
        name: String(row.name),
        siteId: String(row.site_id),
        kind: row.kind as SpaceKind,
        bookings: toNumber(row.bookings),
        hoursHeld: round(hoursHeld, 2),
        openHours,
        useRate: openHours > 0 ? round(hoursHeld / openHours, 4) : 0,
      };
    });
  }

  /** The centers that have spaces, in the order of the location tree; `reads` are a report's, when one asks. */
  async sites(reads?: ReportReads): Promise<VenueSite[]> {
    const [rows, sites] = await Promise.all([
      this.dataSource.query(`SELECT DISTINCT site_id FROM venue_spaces`) as Promise<{ site_id: string }[]>,
      this.locations.sites(reads),
    ]);
    const withSpaces = new Set(rows.map((row) => row.site_id));
    return sites
      .filter((site) => withSpaces.has(site.id))
      .map((site) => ({ siteId: site.id, siteCode: site.code, siteName: site.name }));
  }

  /** Days of the period, and those of them the office calendar keeps open. */
  private openDays(period: Period): { all: number; working: number } {
    const zone = TAIPEI_ZONE;
    const end = DateTime.fromJSDate(period.end, { zone });
    let all = 0;
    let working = 0;
    for (let day = DateTime.fromJSDate(period.start, { zone }).startOf('day'); day < end; day = day.plus({ days: 1 })) {
      all++;
      if (this.calendar.isWorkingDay(day.toJSDate())) working++;
    }
    return { all, working };
  }
}
