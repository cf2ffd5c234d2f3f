import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TAIPEI_ZONE } from '../../common/time/taipei-zone';
import { zonedCalendar } from '../../common/time/zoned-ical';
import { Actor } from '../../identity/actor';
import { BOOKING_STATE_LABELS, BookingState, VEHICLE_CLASS_LABELS, VehicleClass } from '../fleet.constants';
import { VehiclesService } from '../vehicles/vehicles.service';

const DAY = 24 * 3_600_000;
/** A feed covers a month back and the booking horizon ahead; older trips are in the lists. */
const FEED_PAST_DAYS = 31;
const FEED_FUTURE_DAYS = 120;

interface FeedRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  summary: string;
  description: string;
}

/** iCal feeds: a vehicle's trips and out-of-service windows for the dispatcher, a user's own bookings. */
@Injectable()
export class FleetCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vehicles: VehiclesService,
  ) {}

  async vehicleFeed(vehicleId: string, now = new Date()): Promise<string> {
    const vehicle = await this.vehicles.get(vehicleId);
    const rows: FeedRow[] = await this.dataSource.query(
      `SELECT t.id, t.starts_at, t.ends_at, '派車 ' || string_agg(b.destination, '、' ORDER BY b.starts_at) AS summary, string_agg(b.purpose, '；' ORDER BY b.starts_at) AS description
         FROM fleet_trips t JOIN fleet_bookings b ON b.trip_id = t.id AND b.state IN ('approved', 'in_trip', 'completed')
        WHERE t.vehicle_id = $1 AND t.state <> 'released' AND t.ends_at > $2 AND t.starts_at < $3
        GROUP BY t.id
       UNION ALL
       SELECT u.id, u.starts_at, u.ends_at, '停駛：' || u.kind, coalesce(u.notes, '')
         FROM fleet_unavailabilities u WHERE u.vehicle_id = $1 AND u.ends_at > $2 AND u.starts_at < $3`,
      [vehicleId, new Date(now.getTime() - FEED_PAST_DAYS * DAY), new Date(now.getTime() + FEED_FUTURE_DAYS * DAY)],
    );
    return this.render(now, `${vehicle.plate} ${VEHICLE_CLASS_LABELS[vehicle.vehicleClass as VehicleClass]}`, rows);
  }

  async userFeed(actor: Actor, now = new Date()): Promise<string> {
    const rows: (FeedRow & { state: BookingState })[] = await this.dataSource.query(
      `SELECT b.id, b.starts_at, b.ends_at, b.state, b.origin || ' → ' || b.destination AS summary, b.purpose AS description
         FROM fleet_bookings b WHERE b.requester_id = $1 AND b.ends_at > $2 AND b.starts_at < $3`,
      [actor.userId, new Date(now.getTime() - FEED_PAST_DAYS * DAY), new Date(now.getTime() + FEED_FUTURE_DAYS * DAY)],
    );
    return this.render(
      now,
      `${actor.displayName} 的派車`,
      rows.map((row) => ({ ...row, summary: `[${BOOKING_STATE_LABELS[row.state]}] ${row.summary}` })),
    );
  }

  /** Written in the office zone (Asia/Taipei), whatever the server's own zone. */
  private render(now: Date, name: string, rows: FeedRow[]): string {
    const header = { name, product: 'fleet', zone: TAIPEI_ZONE, stamp: now };
    return zonedCalendar(
      header,
      rows.map((row) => ({
        id: `${row.id}@fleet.facilities-ops`,
        start: row.starts_at,
        end: row.ends_at,
        summary: row.summary,
        description: row.description,
      })),
    );
  }
}
