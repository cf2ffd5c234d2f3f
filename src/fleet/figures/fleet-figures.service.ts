import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstTaipeiYear } from '../../common/figures/first-year';
import { Period } from '../../common/time';

export interface VehicleFigures {
  vehicleId: string;
  plate: string;
  trips: number;
  km: number;
  hoursOnTheRoad: number;
  /** Share of the period the vehicle was booked (trip windows, clipped to the period), 0–1. */
  utilisation: number;
}

export interface FleetFigures {
  period: Period;
  /** Bookings that got a car (approved, on the road or completed), by start time. */
  dispatched: { total: number; online: number; paper: number; vip: number; lent: number };
  /** Runs (車次) that carried at least one dispatched booking, by start time; a pooled trip counts once. */
  dispatchedTrips: { total: number; vip: number; lent: number };
  /** Vehicle runs (車次); a pooled trip counts once. */
  trips: number;
  requests: number;
  rejected: number;
  cancelled: number;
  noShows: number;
  km: number;
  vehicles: VehicleFigures[];
}

const toNumber = (value: unknown) => Number(value ?? 0);

const DISPATCHED = `b.state IN ('approved', 'in_trip', 'completed')`;

/** A VIP trip runs in the VIP van or carries a booking that asked for it, as the booking count does. */
const DISPATCHED_TRIPS_SQL = `
  SELECT count(*) AS total,
         count(*) FILTER (WHERE v.vehicle_class = 'vip_van' OR bookings.wanted_vip) AS vip,
         count(*) FILTER (WHERE bookings.loan) AS lent
    FROM fleet_trips t
    JOIN fleet_vehicles v ON v.id = t.vehicle_id
    JOIN LATERAL (
      SELECT bool_or(b.wanted_class = 'vip_van') AS wanted_vip, bool_or(b.loan) AS loan
        FROM fleet_bookings b WHERE b.trip_id = t.id AND ${DISPATCHED}
      HAVING count(*) > 0
    ) bookings ON true
   WHERE t.state <> 'released' AND t.starts_at >= $1 AND t.starts_at < $2`;

/**
 * The counts behind the yearly report's official-car sentences (線上申請派遣公務車計…車次), for any
 * half-open period. Bookings and trips are counted by their start time.
 */
@Injectable()
export class FleetFiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async figuresFor(period: Period): Promise<FleetFigures> {
    const parameters = [period.start, period.end];
    const [[bookings], [trips], vehicles] = (await Promise.all([
      this.dataSource.query(
        `SELECT count(*) AS requests,
              count(*) FILTER (WHERE b.state IN ('approved', 'in_trip', 'completed')) AS dispatched,
              count(*) FILTER (WHERE b.state IN ('approved', 'in_trip', 'completed') AND b.channel = 'online') AS online,
              count(*) FILTER (WHERE b.state IN ('approved', 'in_trip', 'completed') AND b.channel = 'paper') AS paper,
              count(*) FILTER (WHERE b.state IN ('approved', 'in_trip', 'completed') AND 'vip_van' IN (b.wanted_class, v.vehicle_class)) AS vip,
              count(*) FILTER (WHERE b.state IN ('approved', 'in_trip', 'completed') AND b.loan) AS lent,
              count(*) FILTER (WHERE b.state = 'rejected') AS rejected,
              count(*) FILTER (WHERE b.state = 'cancelled') AS cancelled,
              count(*) FILTER (WHERE b.state = 'no_show') AS no_shows
         FROM fleet_bookings b
         LEFT JOIN fleet_trips t ON t.id = b.trip_id
         LEFT JOIN fleet_vehicles v ON v.id = t.vehicle_id
        WHERE b.starts_at >= $1 AND b.starts_at < $2`,
        parameters,
      ),
      this.dataSource.query(DISPATCHED_TRIPS_SQL, parameters),
      this.dataSource.query(
        `SELECT v.id AS vehicle_id, v.plate, count(t.id) AS trips,
              coalesce(sum(t.odometer_in_km - t.odometer_out_km), 0) AS km,
              coalesce(sum(extract(epoch FROM t.checked_in_at - t.checked_out_at)) / 3600, 0) AS hours,
              coalesce(sum(extract(epoch FROM least(t.ends_at, $2) - greatest(t.starts_at, $1))), 0)
                / extract(epoch FROM $2::timestamptz - $1::timestamptz) AS utilisation
         FROM fleet_vehicles v
         JOIN fleet_trips t ON t.vehicle_id = v.id AND t.state <> 'released' AND t.starts_at >= $1 AND t.starts_at < $2
        GROUP BY v.id, v.plate
        ORDER BY v.plate`,
        parameters,
      ),
    ])) as [Record<string, unknown>[], Record<string, unknown>[], Record<string, unknown>[]];
    const perVehicle = vehicles.map((row) => ({
      vehicleId: String(row.vehicle_id),
      plate: String(row.plate),
      trips: toNumber(row.trips),
      km: toNumber(row.km),
      hoursOnTheRoad: Math.round(toNumber(row.hours) * 100) / 100,
      utilisation: Math.round(toNumber(row.utilisation) * 10000) / 10000,
    }));
    return {
      period,
      dispatched: {
        total: toNumber(bookings.dispatched),
        online: toNumber(bookings.online),
        paper: toNumber(bookings.paper),
        vip: toNumber(bookings.vip),
        lent: toNumber(bookings.lent),
      },
      dispatchedTrips: { total: toNumber(trips.total), vip: toNumber(trips.vip), lent: toNumber(trips.lent) },
      trips: perVehicle.reduce((sum, vehicle) => sum + vehicle.trips, 0),
      requests: toNumber(bookings.requests),
      rejected: toNumber(bookings.rejected),
      cancelled: toNumber(bookings.cancelled),
      noShows: toNumber(bookings.no_shows),
      km: perVehicle.reduce((sum, vehicle) => sum + vehicle.km, 0),
      vehicles: perVehicle,
    };
  }

  /** The Taipei year of the earliest booking, or null when there is none. */
  firstYearWithBookings(): Promise<number | null> {
    return firstTaipeiYear(this.dataSource, 'fleet_bookings', 'starts_at');
  }
}
