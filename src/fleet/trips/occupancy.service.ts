import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { postgresErrorOf } from '../../common/errors/postgres-error';
import { DoubleBookingError } from '../fleet.errors';

export interface HoldWindow {
  start: Date;
  end: Date;
  turnaroundMinutes: number;
}

/** What a use case tries to hold; a trip being widened is not its own conflict. */
export interface Attempt extends HoldWindow {
  vehicleId?: string | null;
  driverId?: string | null;
  excludeTripId?: string;
}

export interface Hold extends HoldWindow {
  vehicleId?: string | null;
  driverId?: string | null;
  tripId?: string;
  unavailabilityId?: string;
}

const EXCLUSIONS: Record<string, 'vehicle' | 'driver'> = {
  ex_fleet_occupancies_vehicle: 'vehicle',
  ex_fleet_occupancies_driver: 'driver',
};

function violatedExclusion(error: unknown): 'vehicle' | 'driver' | undefined {
  const postgres = postgresErrorOf(error);
  return postgres?.code === '23P01' ? EXCLUSIONS[postgres.constraint ?? ''] : undefined;
}

/**
 * Writes and reads the occupancy rows. Overlaps are refused by PostgreSQL's exclusion
 * constraints, not by checks here: a check-then-insert would race. After a refusal the aborted
 * transaction is gone, so the conflicting bookings are looked up on a fresh connection.
 */
@Injectable()
export class OccupancyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hold(manager: EntityManager, holds: Hold[]): Promise<void> {
    for (const hold of holds) {
      await manager.query(
        `INSERT INTO fleet_occupancies (vehicle_id, driver_id, trip_id, unavailability_id, during, turnaround_minutes, occupied)
         VALUES ($1, $2, $3, $4, tstzrange($5, $6, '[)'), $7, tstzrange($5, $6::timestamptz + make_interval(mins => $7), '[)'))`,
        [
          hold.vehicleId ?? null,
          hold.driverId ?? null,
          hold.tripId ?? null,
          hold.unavailabilityId ?? null,
          hold.start,
          hold.end,
          hold.turnaroundMinutes,
        ],
      );
    }
  }

  async releaseTrip(manager: EntityManager, tripId: string): Promise<void> {
    await manager.query('DELETE FROM fleet_occupancies WHERE trip_id = $1', [tripId]);
  }

  /**
   * Runs `work` and turns an exclusion violation into a 409 naming who holds the resource. The
   * `vehicleId`/`driverId` and window are the ones `work` tried to hold.
   */
  async mapConflicts<T>(attempt: Attempt, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const resource = violatedExclusion(error);
      const resourceId = resource === 'vehicle' ? attempt.vehicleId : attempt.driverId;
      if (!resource || !resourceId) throw error;
      const holders = await this.holdersOf(resource, resourceId, attempt);
      throw new DoubleBookingError(resource, resourceId, holders.bookingIds, holders.unavailabilityIds);
    }
  }

  /** Who holds the resource in the window stretched by the buffer: booking ids and unavailability ids. */
  async holdersOf(
    resource: 'vehicle' | 'driver',
    resourceId: string,
    window: Attempt,
  ): Promise<{ bookingIds: string[]; unavailabilityIds: string[] }> {
    const rows: { booking_id: string | null; unavailability_id: string | null }[] = await this.dataSource.query(
      `SELECT b.id AS booking_id, o.unavailability_id
         FROM fleet_occupancies o
         LEFT JOIN fleet_bookings b ON b.trip_id = o.trip_id AND b.state IN ('approved', 'in_trip', 'completed')
        WHERE o.${resource}_id = $1
          AND o.occupied && tstzrange($2, $3::timestamptz + make_interval(mins => $4), '[)')
          AND ($5::uuid IS NULL OR o.trip_id IS DISTINCT FROM $5)
        ORDER BY lower(o.occupied), b.id`,
      [resourceId, window.start, window.end, window.turnaroundMinutes, window.excludeTripId ?? null],
    );
    return {
      bookingIds: [...new Set(rows.flatMap((row) => (row.booking_id ? [row.booking_id] : [])))],
      unavailabilityIds: [...new Set(rows.flatMap((row) => (row.unavailability_id ? [row.unavailability_id] : [])))],
    };
  }
}
