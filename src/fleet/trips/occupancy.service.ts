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
  driverUnavailabilityId?: string;
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
 * constraints; the checks here only make the refusal early and cheap, under the resource's row
 * lock. After a refusal by the constraint the aborted transaction is gone, so the conflicting
 * bookings are looked up on a fresh connection.
 */
@Injectable()
export class OccupancyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hold(manager: EntityManager, holds: Hold[]): Promise<void> {
    for (const hold of holds) {
      await manager.query(
        `INSERT INTO fleet_occupancies (vehicle_id, driver_id, trip_id, unavailability_id, driver_unavailability_id, during, turnaround_minutes, occupied)
         VALUES ($1, $2, $3, $4, $8, tstzrange($5, $6, '[)'), $7, tstzrange($5, $6::timestamptz + make_interval(mins => $7), '[)'))`,
        [
          hold.vehicleId ?? null,
          hold.driverId ?? null,
          hold.tripId ?? null,
          hold.unavailabilityId ?? null,
          hold.start,
          hold.end,
          hold.turnaroundMinutes,
          hold.driverUnavailabilityId ?? null,
        ],
      );
    }
  }

  async releaseTrip(manager: EntityManager, tripId: string): Promise<void> {
    await manager.query('DELETE FROM fleet_occupancies WHERE trip_id = $1', [tripId]);
  }

  /**
   * Takes the resources for a use case inside its transaction: the vehicle row, then the driver
   * row, always in that order, so that two use cases after the same car or driver queue behind
   * each other instead of racing their exclusion checks into a deadlock. Once it holds them, a
   * committed hold in the way is refused at once (409) before anything is written.
   */
  async claim(manager: EntityManager, attempt: Attempt): Promise<void> {
    if (attempt.vehicleId)
      await manager.query('SELECT 1 FROM fleet_vehicles WHERE id = $1 FOR NO KEY UPDATE', [attempt.vehicleId]);
    if (attempt.driverId)
      await manager.query('SELECT 1 FROM fleet_drivers WHERE id = $1 FOR NO KEY UPDATE', [attempt.driverId]);
    await this.refuseHeld(manager, attempt);
  }

  /**
   * Runs `work` and turns an exclusion violation into a 409 naming who holds the resource. The
   * `vehicleId`/`driverId` and window are the ones `work` tried to hold. A resource already held
   * is refused before `work` opens its transaction, so the losers of a storm cost one read each.
   */
  async mapConflicts<T>(attempt: Attempt, work: () => Promise<T>): Promise<T> {
    await this.refuseHeld(this.dataSource.manager, attempt);
    try {
      return await work();
    } catch (error) {
      const resource = violatedExclusion(error);
      const resourceId = resource === 'vehicle' ? attempt.vehicleId : attempt.driverId;
      if (!resource || !resourceId) throw error;
      const holders = await this.holdersOf(this.dataSource.manager, resource, resourceId, attempt);
      throw new DoubleBookingError(resource, resourceId, holders.bookingIds, holders.unavailabilityIds);
    }
  }

  private async refuseHeld(manager: EntityManager, attempt: Attempt): Promise<void> {
    for (const resource of ['vehicle', 'driver'] as const) {
      const resourceId = resource === 'vehicle' ? attempt.vehicleId : attempt.driverId;
      if (!resourceId) continue;
      const holders = await this.holdersOf(manager, resource, resourceId, attempt);
      if (holders.held)
        throw new DoubleBookingError(resource, resourceId, holders.bookingIds, holders.unavailabilityIds);
    }
  }

  /**
   * Who holds the resource in the window stretched by the buffer: booking ids, and the ids of the
   * vehicle's out-of-service windows or the driver's leave.
   */
  private async holdersOf(
    manager: EntityManager,
    resource: 'vehicle' | 'driver',
    resourceId: string,
    window: Attempt,
  ): Promise<{ held: boolean; bookingIds: string[]; unavailabilityIds: string[] }> {
    const rows: { booking_id: string | null; unavailability_id: string | null }[] = await manager.query(
      `SELECT b.id AS booking_id, coalesce(o.unavailability_id, o.driver_unavailability_id) AS unavailability_id
         FROM fleet_occupancies o
         LEFT JOIN fleet_bookings b ON b.trip_id = o.trip_id AND b.state IN ('approved', 'in_trip', 'completed')
        WHERE o.${resource}_id = $1
          AND o.occupied && tstzrange($2, $3::timestamptz + make_interval(mins => $4), '[)')
          AND ($5::uuid IS NULL OR o.trip_id IS DISTINCT FROM $5)
        ORDER BY lower(o.occupied), b.id`,
      [resourceId, window.start, window.end, window.turnaroundMinutes, window.excludeTripId ?? null],
    );
    return {
      held: rows.length > 0,
      bookingIds: [...new Set(rows.flatMap((row) => (row.booking_id ? [row.booking_id] : [])))],
      unavailabilityIds: [...new Set(rows.flatMap((row) => (row.unavailability_id ? [row.unavailability_id] : [])))],
    };
  }
}
