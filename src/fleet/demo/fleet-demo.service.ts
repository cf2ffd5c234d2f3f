import { Injectable } from '@nestjs/common';
import { taipeiDate } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { DriversService } from '../drivers/drivers.service';
import { VehicleClass } from '../fleet.constants';
import { VehiclesService } from '../vehicles/vehicles.service';
import {
  DEMO_BOOKING_PLAN_SQL,
  DEMO_BOOKINGS_SQL,
  DEMO_OCCUPANCIES_SQL,
  DEMO_ODOMETERS_SQL,
  DEMO_TRIPS_SQL,
} from './fleet-demo.sql';

export interface FleetDemoPlan {
  officeAgencyId: string;
  requesters: { userId: string; agencyId: string }[];
  /** Users holding the driver role; each gets a driver profile and drives one vehicle of the pool. */
  driverUserIds: string[];
  pastDays: number;
  aheadDays: number;
}

const DAY_MS = 86_400_000;

const DEMO_VEHICLES: { plate: string; vehicleClass: VehicleClass; model: string; seats: number }[] = [
  { plate: 'RBA-7001', vehicleClass: 'vip_van', model: 'Toyota Granvia', seats: 9 },
  { plate: 'RBA-7002', vehicleClass: 'sedan', model: 'Toyota Camry', seats: 5 },
  { plate: 'RBA-7003', vehicleClass: 'van', model: 'Toyota Hiace', seats: 9 },
  { plate: 'RBA-7005', vehicleClass: 'sedan', model: 'Toyota Altis', seats: 5 },
  { plate: 'RBA-7006', vehicleClass: 'electric', model: 'Tesla Model 3', seats: 5 },
  { plate: 'RBA-7007', vehicleClass: 'suv', model: 'Toyota RAV4', seats: 7 },
  { plate: 'RBA-7008', vehicleClass: 'sedan', model: 'Honda Civic', seats: 5 },
];

/**
 * Demo official cars: a pool with a VIP van, driver profiles, and months of bookings with their
 * trips (past ones completed, the coming days' requested or approved). Vehicles and drivers go
 * through their services; bookings, trips and occupancy are written set-wise so that each vehicle
 * and driver has at most one trip a day and the exclusion constraints hold by construction.
 */
@Injectable()
export class FleetDemoService {
  constructor(
    private readonly vehicles: VehiclesService,
    private readonly drivers: DriversService,
    private readonly transactions: TransactionRunner,
  ) {}

  async load(actor: Actor, plan: FleetDemoPlan): Promise<{ vehicles: number; bookings: number }> {
    const today = Date.now();
    const driverIds: string[] = [];
    for (const userId of plan.driverUserIds) {
      const licenceExpiresOn = taipeiDate(new Date(today + 900 * DAY_MS));
      driverIds.push(
        (await this.drivers.create(actor, { userId, licenceClass: 'professional_light_vehicle', licenceExpiresOn })).id,
      );
    }
    const pool: { vehicleId: string; driverId: string | null; seats: number; vip: boolean }[] = [];
    for (const [index, vehicle] of DEMO_VEHICLES.entries()) {
      const created = await this.vehicles.create(actor, {
        ...vehicle,
        agencyId: plan.officeAgencyId,
        odometerKm: 10000,
        // One car's insurance lapses soon, so the due-date warnings have something to say.
        insuranceExpiresOn: taipeiDate(new Date(today + (index === 3 ? 20 : 300) * DAY_MS)),
        inspectionDueOn: taipeiDate(new Date(today + (180 + index * 20) * DAY_MS)),
      });
      pool.push({
        vehicleId: created.id,
        driverId: driverIds[index] ?? null,
        seats: vehicle.seats,
        vip: vehicle.vehicleClass === 'vip_van',
      });
    }
    const bookings = await this.transactions.run(async (manager) => {
      await manager.query('SELECT setseed(0.38)');
      await manager.query(DEMO_BOOKING_PLAN_SQL, [
        JSON.stringify(pool),
        JSON.stringify(plan.requesters),
        plan.pastDays,
        plan.aheadDays,
      ]);
      await manager.query(DEMO_TRIPS_SQL);
      await manager.query(DEMO_OCCUPANCIES_SQL);
      const inserted = (await manager.query(DEMO_BOOKINGS_SQL)) as unknown[];
      await manager.query(DEMO_ODOMETERS_SQL);
      return inserted.length;
    });
    return { vehicles: pool.length, bookings };
  }
}
