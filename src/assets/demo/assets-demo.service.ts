import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { DEMO_ASSET_SEQUENCES_SQL, DEMO_ASSETS_SQL } from './assets-demo.sql';

export interface AssetsDemoPlan {
  rooms: { roomId: string; siteId: string }[];
  custodianAgencyIds: string[];
  assets: number;
}

/** Demo property register for the property officer: ten years of acquisitions, some already scrapped. */
@Injectable()
export class AssetsDemoService {
  constructor(private readonly transactions: TransactionRunner) {}

  load(plan: AssetsDemoPlan): Promise<{ assets: number }> {
    return this.transactions.run(async (manager) => {
      await manager.query('SELECT setseed(0.76)');
      const rooms = plan.rooms.map(({ roomId, siteId }) => ({ roomId, siteId }));
      const inserted = (await manager.query(DEMO_ASSETS_SQL, [
        plan.assets,
        JSON.stringify(rooms),
        plan.custodianAgencyIds,
      ])) as unknown[];
      await manager.query(DEMO_ASSET_SEQUENCES_SQL);
      return { assets: inserted.length };
    });
  }
}
