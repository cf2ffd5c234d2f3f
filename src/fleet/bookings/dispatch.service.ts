import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { updateLockedAudited } from '../../audit/audited-changes';
import { NotFoundError, assertVersion } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config.schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { NotificationsService } from '../../notifications/notifications.service';
import { DriversService } from '../drivers/drivers.service';
import { BookingState } from '../fleet.constants';
import {
  BookingStateError,
  DriverRequiredError,
  PoolIncompatibleError,
  SeatsExceededError,
  TripStateError,
} from '../fleet.errors';
import { OccupancyService } from '../trips/occupancy.service';
import { TripPlannerService } from '../trips/trip-planner.service';
import { Trip } from '../trips/trip.entity';
import { VehiclesService } from '../vehicles/vehicles.service';
import { BookingCloserService } from './booking-closer.service';
import { bookingNotice } from './booking-notices';
import { Booking } from './booking.entity';
import { AssignBookingDto, PoolBookingDto, ReasonDto } from './dto/booking.dto';

/**
 * The dispatcher's side: approve by assigning a vehicle and driver, reassign, pool several
 * requests on one trip (集中調派), reject, record a no-show. Double booking is refused by the
 * database; this service turns the refusal into a 409 naming the bookings in the way.
 */
@Injectable()
export class DispatchService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly vehicles: VehiclesService,
    private readonly drivers: DriversService,
    private readonly planner: TripPlannerService,
    private readonly occupancies: OccupancyService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly closer: BookingCloserService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Approves a request (or reassigns an approved one) onto a new trip with this vehicle and driver. */
  async assign(actor: Actor, id: string, input: AssignBookingDto): Promise<Booking> {
    const booking = await this.find(id);
    const plan = {
      vehicleId: input.vehicleId,
      driverId: input.driverId ?? null,
      start: booking.startsAt,
      end: booking.endsAt,
      turnaroundMinutes: input.turnaroundMinutes ?? this.config.fleet.defaultTurnaroundMinutes,
    };
    // A reassignment gives up its own trip, so that trip is not in its way.
    const attempt = { ...plan, excludeTripId: booking.tripId ?? undefined };
    return this.occupancies.mapConflicts(attempt, () =>
      this.transactions.run(async (manager) => {
        const locked = await this.lock(manager, id, input.version, ['requested', 'approved'], 'assigned');
        if (locked.needsDriver && !plan.driverId) throw new DriverRequiredError(id);
        if (locked.tripId) await this.planner.leave(manager, actor, locked.tripId, id);
        await this.occupancies.claim(manager, plan);
        const vehicle = await this.vehicles.requireAssignable(manager, plan.vehicleId, plan.end);
        if (vehicle.seats < locked.passengers) throw new SeatsExceededError(vehicle.seats, locked.passengers);
        if (plan.driverId) await this.drivers.requireAssignable(manager, plan.driverId, plan.end);
        const trip = await this.planner.open(manager, actor, plan);
        return this.approve(manager, actor, locked, trip.id, locked.state === 'approved' ? 'reassign' : 'assign');
      }),
    );
  }

  /** Puts a request on an existing trip: windows must overlap, the seats must suffice, a needed driver must be there. */
  async pool(actor: Actor, id: string, input: PoolBookingDto): Promise<Booking> {
    const booking = await this.find(id);
    const trip = await this.manager().findOneBy(Trip, { id: input.tripId });
    if (!trip) throw new NotFoundError('trip', input.tripId);
    const start = booking.startsAt < trip.startsAt ? booking.startsAt : trip.startsAt;
    const end = booking.endsAt > trip.endsAt ? booking.endsAt : trip.endsAt;
    const attempt = {
      vehicleId: trip.vehicleId,
      driverId: trip.driverId,
      start,
      end,
      turnaroundMinutes: trip.turnaroundMinutes,
      excludeTripId: trip.id,
    };
    return this.occupancies.mapConflicts(attempt, () =>
      this.transactions.run(async (manager) => {
        const locked = await this.lock(manager, id, input.version, ['requested'], 'pooled');
        const current = await manager.findOne(Trip, { where: { id: trip.id }, lock: { mode: 'pessimistic_write' } });
        if (!current || current.state !== 'planned')
          throw new TripStateError(trip.id, current?.state ?? 'gone', 'joined');
        if (locked.startsAt >= current.endsAt || locked.endsAt <= current.startsAt)
          throw new PoolIncompatibleError(id, trip.id);
        if (locked.needsDriver && !current.driverId) throw new DriverRequiredError(id);
        await this.occupancies.claim(manager, attempt);
        const vehicle = await this.vehicles.requireAssignable(manager, current.vehicleId, end);
        const passengers = (await this.planner.passengersOn(manager, current.id)) + locked.passengers;
        if (passengers > vehicle.seats) throw new SeatsExceededError(vehicle.seats, passengers);
        await this.planner.widen(manager, actor, current, start, end);
        return this.approve(manager, actor, locked, current.id, 'pool');
      }),
    );
  }

  reject(actor: Actor, id: string, input: ReasonDto): Promise<Booking> {
    return this.closer.close(actor, id, ['requested', 'approved'], 'rejected', input.reason.trim());
  }

  noShow(actor: Actor, id: string): Promise<Booking> {
    return this.closer.close(actor, id, ['approved'], 'no_show', null);
  }

  private async lock(
    manager: EntityManager,
    id: string,
    version: number | undefined,
    states: BookingState[],
    action: string,
  ): Promise<Booking> {
    const booking = await manager.findOne(Booking, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!booking) throw new NotFoundError('booking', id);
    assertVersion('booking', id, booking, version);
    if (!states.includes(booking.state)) throw new BookingStateError(id, booking.state, action);
    return booking;
  }

  /** Approves the booking `lock` returned (no second read of it), and answers it with its trip. */
  private async approve(
    manager: EntityManager,
    actor: Actor,
    locked: Booking,
    tripId: string,
    action: string,
  ): Promise<Booking> {
    const approved = await updateLockedAudited(
      manager,
      this.audit,
      actor,
      Booking,
      'booking',
      locked,
      (row) => Object.assign(row, { state: 'approved', tripId }),
      action,
    );
    approved.trip = await manager.findOneByOrFail(Trip, { id: tripId });
    const kind = action === 'reassign' ? 'booking_reassigned' : 'booking_approved';
    await this.notifications.notifyIn(manager, actor, bookingNotice(approved, kind));
    return approved;
  }

  private async find(id: string): Promise<Booking> {
    const booking = await this.bookings.findOneBy({ id });
    if (!booking) throw new NotFoundError('booking', id);
    return booking;
  }

  private manager(): EntityManager {
    return this.bookings.manager;
  }
}
