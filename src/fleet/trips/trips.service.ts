import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor, hasAnyRole } from '../../identity/actor';
import { UsersService } from '../../users/users.service';
import { Booking } from '../bookings/booking.entity';
import { DriversService } from '../drivers/drivers.service';
import { OdometerLowerError, TripStateError } from '../fleet.errors';
import { Vehicle } from '../vehicles/vehicle.entity';
import { VehiclesService } from '../vehicles/vehicles.service';
import { moveTripBookings } from './booking-transitions';
import { OdometerReadingDto, TripBookingView, TripQuery, TripView } from './dto/trip.dto';
import { Trip } from './trip.entity';

const SEES_ALL_TRIPS = ['dispatcher', 'admin', 'report_viewer'] as const;

/** Trips on the road: the driver's check-out and check-in with odometer, fuel and condition. */
@Injectable()
export class TripsService {
  constructor(
    @InjectRepository(Trip) private readonly trips: Repository<Trip>,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly vehicles: VehiclesService,
    private readonly drivers: DriversService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  /** Dispatchers see every trip; a driver sees their own. */
  async list(actor: Actor, query: TripQuery): Promise<Page<TripView>> {
    const builder = this.trips.createQueryBuilder('trip');
    const driverId = hasAnyRole(actor, SEES_ALL_TRIPS)
      ? query.driverId
      : ((await this.drivers.findByUser(actor.userId))?.id ?? '00000000-0000-0000-0000-000000000000');
    if (driverId) builder.andWhere('trip.driver_id = :driverId', { driverId });
    if (query.state) builder.andWhere('trip.state = :state', { state: query.state });
    if (query.vehicleId) builder.andWhere('trip.vehicle_id = :vehicleId', { vehicleId: query.vehicleId });
    if (query.from) builder.andWhere('trip.starts_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('trip.starts_at < :to', { to: query.to });
    const page = await keysetPage(
      builder,
      { sortColumn: 'trip.starts_at', sortKey: 'startsAt', idColumn: 'trip.id', direction: 'DESC' },
      query,
    );
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  async get(actor: Actor, id: string): Promise<TripView> {
    const trip = await this.visible(actor, id);
    return (await this.views([trip]))[0];
  }

  /** The driver takes the car: the reading may not be below the vehicle's last one. */
  async checkOut(actor: Actor, id: string, input: OdometerReadingDto): Promise<TripView> {
    await this.visible(actor, id);
    await this.transactions.run(async (manager) => {
      const vehicle = await this.lockedVehicleOf(manager, id);
      if (input.odometerKm < vehicle.odometerKm)
        throw new OdometerLowerError(vehicle.plate, input.odometerKm, vehicle.odometerKm);
      await updateAudited(
        manager,
        this.audit,
        actor,
        Trip,
        'trip',
        id,
        (trip) => {
          if (trip.state !== 'planned') throw new TripStateError(id, trip.state, 'checked out');
          Object.assign(trip, {
            state: 'in_trip',
            checkedOutAt: new Date(),
            odometerOutKm: input.odometerKm,
            fuelOutPercent: input.fuelPercent,
            notesOut: input.notes ?? null,
          });
        },
        'check_out',
      );
      await moveTripBookings(manager, this.audit, actor, id, 'approved', 'in_trip');
    });
    return this.get(actor, id);
  }

  /** The car comes back: the trip and its bookings complete and the vehicle's odometer moves on. */
  async checkIn(actor: Actor, id: string, input: OdometerReadingDto): Promise<TripView> {
    await this.visible(actor, id);
    await this.transactions.run(async (manager) => {
      const vehicle = await this.lockedVehicleOf(manager, id);
      const trip = await updateAudited(
        manager,
        this.audit,
        actor,
        Trip,
        'trip',
        id,
        (row) => {
          if (row.state !== 'in_trip') throw new TripStateError(id, row.state, 'checked in');
          const last = Math.max(vehicle.odometerKm, row.odometerOutKm ?? 0);
          if (input.odometerKm < last) throw new OdometerLowerError(vehicle.plate, input.odometerKm, last);
          Object.assign(row, {
            state: 'completed',
            checkedInAt: new Date(),
            odometerInKm: input.odometerKm,
            fuelInPercent: input.fuelPercent,
            notesIn: input.notes ?? null,
          });
        },
        'check_in',
      );
      await moveTripBookings(manager, this.audit, actor, id, 'in_trip', 'completed');
      await this.vehicles.recordOdometer(manager, actor, trip.vehicleId, input.odometerKm);
    });
    return this.get(actor, id);
  }

  /** A trip the actor may act on: any for the dispatcher, their own for a driver. */
  private async visible(actor: Actor, id: string): Promise<Trip> {
    const trip = await this.trips.findOneBy({ id });
    if (!trip) throw new NotFoundError('trip', id);
    if (hasAnyRole(actor, SEES_ALL_TRIPS)) return trip;
    const driver = await this.drivers.findByUser(actor.userId);
    if (!driver || driver.id !== trip.driverId) throw new NotFoundError('trip', id);
    return trip;
  }

  private async lockedVehicleOf(manager: EntityManager, tripId: string): Promise<Vehicle> {
    const trip = await manager.findOneByOrFail(Trip, { id: tripId });
    return manager.findOneOrFail(Vehicle, { where: { id: trip.vehicleId }, lock: { mode: 'pessimistic_write' } });
  }

  private async views(trips: Trip[]): Promise<TripView[]> {
    const bookings = trips.length
      ? await this.bookings.find({ where: { tripId: In(trips.map((trip) => trip.id)) }, order: { startsAt: 'ASC' } })
      : [];
    const accountNames = await this.users.displayNames(bookings.map((booking) => booking.requesterId));
    return trips.map((trip) => {
      const served = bookings.filter((booking) => booking.tripId === trip.id);
      return {
        ...trip,
        kmDriven:
          trip.odometerInKm !== null && trip.odometerOutKm !== null ? trip.odometerInKm - trip.odometerOutKm : null,
        bookingIds: served.map((booking) => booking.id),
        bookings: served.map((booking) => tripBookingView(booking, accountNames)),
      };
    });
  }
}

/** `accountNames`: the display names of the requesters' accounts, for bookings that name nobody else. */
function tripBookingView(booking: Booking, accountNames: Map<string, string>): TripBookingView {
  const { id, purpose, origin, stops, destination, passengers, contactPhone } = booking;
  const requesterName =
    booking.paperRequesterName ?? booking.importedRequesterName ?? accountNames.get(booking.requesterId) ?? '';
  return { id, purpose, origin, stops, destination, passengers, requesterName, contactPhone };
}
