import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited, updateAudited } from '../../audit/audited-changes';
import { Actor } from '../../identity/actor';
import { Booking } from '../bookings/booking.entity';
import { OccupancyService } from './occupancy.service';
import { Trip } from './trip.entity';

export interface TripPlan {
  vehicleId: string;
  driverId: string | null;
  start: Date;
  end: Date;
  turnaroundMinutes: number;
}

/** Opens, widens and releases trips together with the occupancy rows they own, inside the caller's transaction. */
@Injectable()
export class TripPlannerService {
  constructor(
    private readonly occupancies: OccupancyService,
    private readonly audit: AuditService,
  ) {}

  async open(manager: EntityManager, actor: Actor, plan: TripPlan): Promise<Trip> {
    const trip = await createAudited(manager, this.audit, actor, Trip, 'trip', {
      vehicleId: plan.vehicleId,
      driverId: plan.driverId,
      startsAt: plan.start,
      endsAt: plan.end,
      turnaroundMinutes: plan.turnaroundMinutes,
    });
    await this.holdFor(manager, trip);
    return trip;
  }

  /** Stretches a trip to cover [start, end) as well, moving its occupancy with it. */
  async widen(manager: EntityManager, actor: Actor, trip: Trip, start: Date, end: Date): Promise<Trip> {
    if (start >= trip.startsAt && end <= trip.endsAt) return trip;
    const widened = await updateAudited(manager, this.audit, actor, Trip, 'trip', trip.id, (row) =>
      Object.assign(row, {
        startsAt: start < row.startsAt ? start : row.startsAt,
        endsAt: end > row.endsAt ? end : row.endsAt,
      }),
    );
    await this.occupancies.releaseTrip(manager, trip.id);
    await this.holdFor(manager, widened);
    return widened;
  }

  /** Passengers already on the trip, not counting `exceptBookingId`. */
  async passengersOn(manager: EntityManager, tripId: string, exceptBookingId?: string): Promise<number> {
    const bookings = await manager.find(Booking, {
      where: { tripId, state: In(['approved', 'in_trip']), ...(exceptBookingId ? { id: Not(exceptBookingId) } : {}) },
    });
    return bookings.reduce((sum, booking) => sum + booking.passengers, 0);
  }

  /**
   * Called when a booking leaves a trip (cancelled, rejected, no-show, reassigned): a trip that
   * nobody rides any more frees its vehicle and driver.
   */
  async leave(manager: EntityManager, actor: Actor, tripId: string, bookingId: string): Promise<void> {
    const riders = await manager.count(Booking, {
      where: { tripId, state: In(['approved', 'in_trip', 'completed']), id: Not(bookingId) },
    });
    if (riders > 0) return;
    const trip = await manager.findOne(Trip, { where: { id: tripId }, lock: { mode: 'pessimistic_write' } });
    if (!trip || trip.state !== 'planned') return;
    await updateAudited(
      manager,
      this.audit,
      actor,
      Trip,
      'trip',
      tripId,
      (row) => Object.assign(row, { state: 'released' }),
      'release',
    );
    await this.occupancies.releaseTrip(manager, tripId);
  }

  private holdFor(manager: EntityManager, trip: Trip): Promise<void> {
    const window = {
      start: trip.startsAt,
      end: trip.endsAt,
      turnaroundMinutes: trip.turnaroundMinutes,
      tripId: trip.id,
    };
    return this.occupancies.hold(manager, [
      { ...window, vehicleId: trip.vehicleId },
      ...(trip.driverId ? [{ ...window, driverId: trip.driverId }] : []),
    ]);
  }
}
