import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { ParkingLotsService } from '../lots/parking-lots.service';
import { DEMO_LOT_DAYS_SQL, DEMO_PERMITS_SQL, DEMO_SERIAL_COUNTERS_SQL } from './parking-demo.sql';

export interface ParkingDemoPlan {
  officerUserId: string;
  visitedAgencyIds: string[];
  days: number;
}

/**
 * Demo parking: the officer attached to both centers' lots (through the lots service, which checks
 * the role), and months of permits written set-wise with the counters issuing them would leave.
 */
@Injectable()
export class ParkingDemoService {
  constructor(
    private readonly lots: ParkingLotsService,
    private readonly transactions: TransactionRunner,
  ) {}

  async load(actor: Actor, plan: ParkingDemoPlan): Promise<{ permits: number }> {
    for (const lot of await this.lots.list()) await this.lots.assignOfficer(actor, lot.code, plan.officerUserId);
    const permits = await this.transactions.run(async (manager) => {
      await manager.query('SELECT setseed(0.57)');
      const inserted = (await manager.query(DEMO_PERMITS_SQL, [
        plan.days,
        plan.officerUserId,
        plan.visitedAgencyIds,
      ])) as unknown[];
      await manager.query(DEMO_SERIAL_COUNTERS_SQL);
      await manager.query(DEMO_LOT_DAYS_SQL);
      return inserted.length;
    });
    return { permits };
  }
}
