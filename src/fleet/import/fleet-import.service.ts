import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { postgresErrorOf } from '../../common/errors/postgres-error';
import { ImportLine, importLines, ImportOutcome } from '../../common/import/import-lines';
import { NamedLookup, namedLookup } from '../../common/import/named-lookup';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { Booking } from '../bookings/booking.entity';
import { Driver } from '../drivers/driver.entity';
import { BookingChannel } from '../fleet.constants';
import { OccupancyService } from '../trips/occupancy.service';
import { Trip } from '../trips/trip.entity';
import { Vehicle } from '../vehicles/vehicle.entity';
import { ImportedTripMismatchError, ImportedTripOverlapError } from './fleet-import.errors';

/** A car booking of the office's earlier records, its references already resolved. */
export interface ImportedBooking {
  /** The old system's trip number: the bookings pooled into one trip share it; null for a trip of its own. */
  tripNumber: string | null;
  startsAt: Date;
  endsAt: Date;
  agencyId: string;
  requesterName: string;
  channel: BookingChannel;
  purpose: string;
  origin: string;
  destination: string;
  passengers: number;
  vehicleId: string;
  driverId: string | null;
  odometerOutKm: number | null;
  odometerInKm: number | null;
}

/** What a pooled trip spans: from its first booking's start to its last booking's end. */
interface TripSpan {
  start: Date;
  end: Date;
  odometerOutKm: number | null;
  odometerInKm: number | null;
}

const tripKey = ({ line, values }: ImportLine<ImportedBooking>) =>
  values.tripNumber === null ? `line ${line}` : `trip ${values.tripNumber}`;

function tripSpans(lines: ImportLine<ImportedBooking>[]): Map<string, TripSpan> {
  const spans = new Map<string, TripSpan>();
  for (const line of lines) {
    const { startsAt, endsAt, odometerOutKm, odometerInKm } = line.values;
    const span = spans.get(tripKey(line));
    spans.set(
      tripKey(line),
      span
        ? {
            start: startsAt < span.start ? startsAt : span.start,
            end: endsAt > span.end ? endsAt : span.end,
            odometerOutKm: span.odometerOutKm ?? odometerOutKm,
            odometerInKm: span.odometerInKm ?? odometerInKm,
          }
        : { start: startsAt, end: endsAt, odometerOutKm, odometerInKm },
    );
  }
  return spans;
}

const EXCLUSIONS: Record<string, 'vehicle' | 'driver'> = {
  ex_fleet_occupancies_vehicle: 'vehicle',
  ex_fleet_occupancies_driver: 'driver',
};

/**
 * Brings in the car bookings of earlier years with their own times, each on its completed trip:
 * the lines that share a trip number ride one trip (集中調派), which then counts once. Trips hold
 * their vehicle and driver through the same occupancy rows as any trip, so an overlap is refused
 * by the exclusion constraints, line by line. Earlier windows are taken as they were run, without
 * a turnaround buffer, and no rule of booking ahead applies to them.
 */
@Injectable()
export class FleetImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly occupancies: OccupancyService,
    private readonly audit: AuditService,
  ) {}

  /** Vehicles by plate and drivers by name, as the office's files write them. */
  async references(): Promise<{ vehicles: Map<string, string>; drivers: NamedLookup }> {
    const vehicles = await this.dataSource.getRepository(Vehicle).find({ select: { id: true, plate: true } });
    const drivers = await this.dataSource.getRepository(Driver).find({ select: { id: true, displayName: true } });
    return {
      vehicles: new Map(vehicles.map((vehicle) => [vehicle.plate, vehicle.id])),
      drivers: namedLookup(drivers.map((driver) => ({ id: driver.id, name: driver.displayName }))),
    };
  }

  importBookings(actor: Actor, lines: ImportLine<ImportedBooking>[], commit: boolean): Promise<ImportOutcome> {
    const spans = tripSpans(lines);
    // Per transaction: a retried transaction opens its trips anew.
    const opened = new WeakMap<EntityManager, Map<string, Trip>>();
    return importLines(this.transactions, lines, commit, async (manager, line) => {
      const trips = opened.get(manager) ?? new Map<string, Trip>();
      const key = tripKey(line);
      const trip = trips.get(key) ?? (await this.openTrip(manager, actor, line.values, spans.get(key)!));
      const tripNumber = line.values.tripNumber ?? '';
      if (trip.vehicleId !== line.values.vehicleId) throw new ImportedTripMismatchError('vehicle', tripNumber);
      if (trip.driverId !== line.values.driverId) throw new ImportedTripMismatchError('driver', tripNumber);
      await this.insertBooking(manager, actor, trip.id, line.values);
      // Only once the line went through: a refused line's trip was rolled back with it.
      opened.set(manager, trips.set(key, trip));
    });
  }

  private async openTrip(manager: EntityManager, actor: Actor, values: ImportedBooking, span: TripSpan): Promise<Trip> {
    const trip = await manager.save(
      Trip,
      manager.create(Trip, {
        vehicleId: values.vehicleId,
        driverId: values.driverId,
        startsAt: span.start,
        endsAt: span.end,
        turnaroundMinutes: 0,
        state: 'completed',
        checkedOutAt: span.start,
        odometerOutKm: span.odometerOutKm,
        checkedInAt: span.end,
        odometerInKm: span.odometerInKm,
        importedAt: new Date(),
      }),
    );
    const window = { start: span.start, end: span.end, turnaroundMinutes: 0, tripId: trip.id };
    try {
      await this.occupancies.hold(manager, [
        { ...window, vehicleId: trip.vehicleId },
        ...(trip.driverId ? [{ ...window, driverId: trip.driverId }] : []),
      ]);
    } catch (error) {
      const postgres = postgresErrorOf(error);
      const resource = postgres?.code === '23P01' ? EXCLUSIONS[postgres.constraint ?? ''] : undefined;
      throw resource ? new ImportedTripOverlapError(resource) : error;
    }
    await this.audit.record(manager, actor, { entityType: 'trip', entityId: trip.id, action: 'import', after: trip });
    return trip;
  }

  private async insertBooking(manager: EntityManager, actor: Actor, tripId: string, values: ImportedBooking) {
    const booking = await manager.save(
      Booking,
      manager.create(Booking, {
        agencyId: values.agencyId,
        requesterId: actor.userId,
        enteredById: actor.userId,
        channel: values.channel,
        importedRequesterName: values.requesterName,
        purpose: values.purpose,
        origin: values.origin,
        destination: values.destination,
        passengers: values.passengers,
        startsAt: values.startsAt,
        endsAt: values.endsAt,
        needsDriver: values.driverId !== null,
        contactPhone: '',
        state: 'completed',
        tripId,
        createdAt: values.startsAt,
        importedAt: new Date(),
      }),
    );
    await this.audit.record(manager, actor, {
      entityType: 'booking',
      entityId: booking.id,
      action: 'import',
      after: booking,
    });
  }
}
