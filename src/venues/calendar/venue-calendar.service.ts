import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { NotFoundError } from '../../common/errors/domain-error';
import { BusinessCalendar } from '../../common/time';
import { TAIPEI_ZONE } from '../../common/time/taipei-zone';
import { sqlList } from '../../database/sql-list';
import { Actor } from '../../identity/actor';
import { agencyNamesOf } from '../agency-names';
import { occupiedWindow } from '../bookings/booking-rules';
import { occupiedSql } from '../bookings/booking-sql';
import { venueScopeOf } from '../bookings/venue-booking-scope';
import { BookedEquipment } from '../bookings/venue-booking.entity';
import { shapeOf, VenueRulesService } from '../bookings/venue-rules.service';
import { VenueSpaceView } from '../spaces/dto/venue-space.dto';
import { VenueSpace } from '../spaces/venue-space.entity';
import { VenueSpacesService } from '../spaces/venue-spaces.service';
import { BookingStatus, EventKind, HOLDING_STATUSES, MAX_CALENDAR_DAYS } from '../venue.constants';
import { CalendarPeriodError, VENUE_RULE_CODES, VenueRulesError } from '../venues.errors';
import {
  CalendarDay,
  DaySheetBooking,
  DaySheetEquipment,
  DaySheetQuery,
  DaySheetView,
  FreeSlotQuery,
  FreeSpaceView,
  VenueCalendarEntry,
  VenueCalendarQuery,
  VenueCalendarView,
} from './dto/venue-calendar.dto';

interface BookingRow {
  space_id: string;
  booking_id: string;
  booked_space_id: string;
  status: BookingStatus;
  starts_at: Date;
  ends_at: Date;
  occupied_from: Date;
  occupied_until: Date;
  title: string;
  event_kind: EventKind;
  agency_id: string;
  attendees: number;
}

const BOOKING_COLUMNS = `b.id AS booking_id, b.space_id AS booked_space_id, b.status, b.starts_at, b.ends_at, b.title,
  b.event_kind, b.agency_id, b.attendees`;

/** Rules that concern the window alone: when one breaks, no space could be free. */
const WINDOW_RULES: ReadonlySet<string> = new Set([
  VENUE_RULE_CODES.windowOrder,
  VENUE_RULE_CODES.tooLong,
  VENUE_RULE_CODES.tooSoon,
  VENUE_RULE_CODES.tooFarAhead,
]);

/** Whether the space has every piece of equipment asked for. */
function hasEquipment(space: VenueSpace, codes: readonly string[]): boolean {
  return codes.every((code) => space.equipment.some((item) => item.code === code));
}

/**
 * What the pages read: the week calendar per space or kind (every space's busy times for
 * everyone, the details of one's own agency's bookings), the free-slot search and the venue
 * staff's day sheet per center.
 */
@Injectable()
export class VenueCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly spaces: VenueSpacesService,
    private readonly rules: VenueRulesService,
    private readonly agencies: AgenciesService,
    private readonly calendar: BusinessCalendar,
  ) {}

  async calendarFor(actor: Actor, query: VenueCalendarQuery): Promise<VenueCalendarView> {
    const { start, end, days } = this.daysOf(query.from, query.to);
    const spaces = (await this.spaces.list(query)).filter((space) => !query.spaceId || space.id === query.spaceId);
    const ids = spaces.map((space) => space.id);
    const scope = venueScopeOf(actor);
    const held: BookingRow[] = await this.dataSource.query(
      `SELECT o.space_id, lower(o.occupied) AS occupied_from, upper(o.occupied) AS occupied_until, ${BOOKING_COLUMNS}
         FROM venue_occupancies o JOIN venue_bookings b ON b.id = o.booking_id
        WHERE o.space_id = ANY($1::uuid[]) AND o.occupied && tstzrange($2, $3, '[)')
        ORDER BY lower(o.occupied), o.space_id`,
      [ids, start, end],
    );
    const pending: BookingRow[] = await this.dataSource.query(
      `SELECT b.space_id, lower(${occupiedSql('b')}) AS occupied_from, upper(${occupiedSql('b')}) AS occupied_until, ${BOOKING_COLUMNS}
         FROM venue_bookings b
        WHERE b.status = 'requested' AND b.space_id = ANY($1::uuid[]) AND ${occupiedSql('b')} && tstzrange($2, $3, '[)')
          AND ($4::uuid IS NULL OR b.agency_id = $4)
        ORDER BY b.starts_at, b.space_id`,
      [ids, start, end, scope],
    );
    const entries = [...held, ...pending].map((row) => this.entryOf(row, scope));
    return { from: query.from, to: query.to, days, spaces, entries };
  }

  /**
   * Spaces of a kind (and center, with the equipment asked for) free for the window and the head
   * count, smallest first. A window no space could take (too soon, too long…) is a 422 naming the rule.
   */
  async freeSpaces(query: FreeSlotQuery): Promise<FreeSpaceView[]> {
    const shape = shapeOf({ ...query, equipment: [] });
    const rows = (await this.spaces.rows(query)).filter((space) => hasEquipment(space, query.equipment ?? []));
    const problems = rows.map((space) => this.rules.problems(shape, space));
    const windowProblems = (problems[0] ?? []).filter((problem) => WINDOW_RULES.has(problem.code));
    if (windowProblems.length) throw new VenueRulesError(windowProblems);
    const fitting = await this.spaces.views(rows.filter((_, index) => !problems[index].length));
    const { from, until } = occupiedWindow(shape);
    const busy: { id: string; busy: boolean; pending: string }[] = await this.dataSource.query(
      `SELECT s.id,
              EXISTS (SELECT 1 FROM venue_space_links l JOIN venue_occupancies o ON o.space_id = l.descendant_id
                       WHERE l.ancestor_id = s.id AND o.occupied && tstzrange($2, $3, '[)')) AS busy,
              (SELECT count(*) FROM venue_bookings b
                WHERE b.space_id = s.id AND b.status = 'requested' AND ${occupiedSql('b')} && tstzrange($2, $3, '[)')) AS pending
         FROM venue_spaces s WHERE s.id = ANY($1::uuid[])`,
      [fitting.map((space) => space.id), from, until],
    );
    const byId = new Map(busy.map((row) => [row.id, row]));
    return fitting
      .filter((space) => !byId.get(space.id)?.busy)
      .map((space) => ({ ...space, pendingRequests: Number(byId.get(space.id)?.pending ?? 0) }))
      .sort((a, b) => a.capacity - b.capacity || a.code.localeCompare(b.code));
  }

  /** One center's day for the venue staff: what opens where, for whom, and the equipment to set up. */
  async daySheet(query: DaySheetQuery): Promise<DaySheetView> {
    const { start, end, days } = this.daysOf(query.date, query.date);
    const spaces = await this.spaces.list({ siteId: query.siteId });
    if (!spaces.length) throw new NotFoundError('venue_site', query.siteId);
    const rows: (BookingRow & {
      contact_name: string;
      contact_phone: string;
      setup_minutes: number;
      cleanup_minutes: number;
      equipment: BookedEquipment[];
      checked_in_at: Date | null;
      imported_at: Date | null;
    })[] = await this.dataSource.query(
      `SELECT b.space_id, b.contact_name, b.contact_phone, b.setup_minutes, b.cleanup_minutes, b.equipment, b.checked_in_at, b.imported_at, ${BOOKING_COLUMNS}
           FROM venue_bookings b
          WHERE b.space_id = ANY($1::uuid[]) AND b.status IN (${sqlList([...HOLDING_STATUSES, 'no_show'])})
            AND b.starts_at < $3 AND b.ends_at > $2
          ORDER BY b.starts_at, b.id`,
      [spaces.map((space) => space.id), start, end],
    );
    const agencyNames = await agencyNamesOf(
      this.agencies,
      rows.map((row) => row.agency_id),
    );
    const equipmentOf = (space: VenueSpaceView, booked: BookedEquipment[]): DaySheetEquipment[] =>
      booked.map((item) => ({
        code: item.code,
        name: space.equipment.find((offered) => offered.code === item.code)?.name ?? item.code,
        quantity: item.quantity,
      }));
    const sheet = spaces.map((space) => ({
      space,
      bookings: rows
        .filter((row) => row.space_id === space.id)
        .map((row): DaySheetBooking => {
          const window = occupiedWindow({
            startsAt: row.starts_at,
            endsAt: row.ends_at,
            setupMinutes: row.setup_minutes,
            cleanupMinutes: row.cleanup_minutes,
          });
          return {
            id: row.booking_id,
            title: row.title,
            eventKind: row.event_kind,
            agencyId: row.agency_id,
            agencyName: agencyNames.get(row.agency_id) ?? '',
            contactName: row.contact_name,
            contactPhone: row.contact_phone,
            attendees: row.attendees,
            startsAt: row.starts_at,
            endsAt: row.ends_at,
            occupiedFrom: window.from,
            occupiedUntil: window.until,
            status: row.status,
            checkedInAt: row.checked_in_at,
            importedAt: row.imported_at,
            equipment: equipmentOf(space, row.equipment),
          };
        }),
    }));
    return {
      date: query.date,
      workingDay: days[0].workingDay,
      siteId: query.siteId,
      siteName: spaces[0].siteName,
      spaces: sheet,
      equipment: totalEquipment(
        sheet.flatMap((entry) => entry.bookings.filter((booking) => booking.status !== 'no_show')),
      ),
    };
  }

  /** [first midnight, midnight after the last day) in the office time zone, and the days between. */
  private daysOf(from: string, to: string): { start: Date; end: Date; days: CalendarDay[] } {
    const first = DateTime.fromISO(from, { zone: TAIPEI_ZONE });
    const last = DateTime.fromISO(to, { zone: TAIPEI_ZONE });
    const count = Math.round(last.diff(first, 'days').days) + 1;
    if (count < 1 || count > MAX_CALENDAR_DAYS) throw new CalendarPeriodError(MAX_CALENDAR_DAYS);
    const days = Array.from({ length: count }, (_, index) => {
      const date = first.plus({ days: index }).toISODate()!;
      return { date, workingDay: this.calendar.isWorkingDay(date) };
    });
    return { start: first.toJSDate(), end: last.plus({ days: 1 }).toJSDate(), days };
  }

  private entryOf(row: BookingRow, scope: string | null): VenueCalendarEntry {
    const visible = !scope || row.agency_id === scope;
    return {
      spaceId: row.space_id,
      bookingId: row.booking_id,
      bookedSpaceId: row.booked_space_id,
      status: row.status,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      occupiedFrom: row.occupied_from,
      occupiedUntil: row.occupied_until,
      visible,
      title: visible ? row.title : null,
      eventKind: visible ? row.event_kind : null,
      agencyId: visible ? row.agency_id : null,
      attendees: visible ? row.attendees : null,
    };
  }
}

function totalEquipment(bookings: DaySheetBooking[]): DaySheetEquipment[] {
  const totals = new Map<string, DaySheetEquipment>();
  for (const item of bookings.flatMap((booking) => booking.equipment)) {
    const total = totals.get(item.code) ?? { ...item, quantity: 0 };
    total.quantity += item.quantity;
    totals.set(item.code, total);
  }
  return [...totals.values()].sort((a, b) => a.code.localeCompare(b.code));
}
