import { Injectable } from '@nestjs/common';
import { TAIPEI_ZONE, taipeiDate } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { RoomPath } from '../../locations/locations.service';
import { ObligationKind } from '../obligations/obligation-kinds';
import { ObligationsService } from '../obligations/obligations.service';
import { TechniciansService } from '../tickets/technicians.service';
import {
  DEMO_TICKET_COMMENTS_SQL,
  DEMO_TICKET_COUNTERS_SQL,
  DEMO_TICKET_HISTORY_SQL,
  DEMO_TICKETS_SQL,
} from './maintenance-demo.sql';

export interface MaintenanceDemoPlan {
  requesters: { userId: string; agencyId: string; displayName: string }[];
  technicians: { userId: string; displayName: string; tradeCodes: string[] }[];
  /** The coordinator who answers the tickets and registers the obligations (they record who did). */
  coordinator: Actor;
  rooms: RoomPath[];
  /** Centers and buildings that statutory obligations belong to. */
  places: { siteId: string; buildingIds: string[] }[];
  tickets: number;
  days: number;
}

const DAY_MS = 86_400_000;

/** Everyone the demo tickets' histories name, by account id. */
function namesOf(plan: MaintenanceDemoPlan): Record<string, string> {
  const people = [...plan.requesters, ...plan.technicians, plan.coordinator];
  return Object.fromEntries(people.map((person) => [person.userId, person.displayName]));
}

const DEMO_OBLIGATIONS: {
  kind: ObligationKind;
  title: string;
  tradeCode: string;
  dueInDays: number;
  months: number;
}[] = [
  {
    kind: 'electrical_inspection',
    title: '高低壓電氣設備定期檢驗',
    tradeCode: 'plumbing_electrical',
    dueInDays: 12,
    months: 12,
  },
  {
    kind: 'fire_safety_inspection',
    title: '消防設備安全檢查及改善',
    tradeCode: 'fire_safety',
    dueInDays: 25,
    months: 12,
  },
  { kind: 'elevator_maintenance', title: '電梯安全檢查', tradeCode: 'elevator', dueInDays: 40, months: 12 },
  { kind: 'fire_drill', title: '自衛消防編組訓練', tradeCode: 'fire_safety', dueInDays: 55, months: 6 },
];

/**
 * Demo maintenance work for a newcomer to walk: technicians' trades, a few hundred tickets in
 * every state with their history and some public answers, and statutory obligations falling due
 * soon. The tickets are written set-wise (one statement per table) so the first start stays fast;
 * trades and obligations go through their services, whose rules matter.
 */
@Injectable()
export class MaintenanceDemoService {
  constructor(
    private readonly technicians: TechniciansService,
    private readonly obligations: ObligationsService,
    private readonly transactions: TransactionRunner,
  ) {}

  async load(actor: Actor, plan: MaintenanceDemoPlan): Promise<{ tickets: number; obligations: number }> {
    for (const technician of plan.technicians)
      await this.technicians.setTrades(actor, technician.userId, technician.tradeCodes);
    const assigneeByTrade = Object.fromEntries(
      plan.technicians.flatMap((technician) => technician.tradeCodes.map((code) => [code, technician.userId])),
    );
    const tickets = await this.transactions.run(async (manager) => {
      await manager.query('SELECT setseed(0.19)');
      const inserted = (await manager.query(DEMO_TICKETS_SQL, [
        JSON.stringify(plan.requesters),
        JSON.stringify(plan.rooms),
        JSON.stringify(assigneeByTrade),
        plan.tickets,
        plan.days,
        TAIPEI_ZONE,
      ])) as { id: string }[];
      const ids = inserted.map((row) => row.id);
      await manager.query(DEMO_TICKET_HISTORY_SQL, [ids, JSON.stringify(namesOf(plan)), plan.coordinator.userId]);
      await manager.query(DEMO_TICKET_COMMENTS_SQL, [ids, plan.coordinator.userId, plan.coordinator.displayName]);
      await manager.query(DEMO_TICKET_COUNTERS_SQL);
      return ids.length;
    });
    return { tickets, obligations: await this.registerObligations(plan) };
  }

  private async registerObligations(plan: MaintenanceDemoPlan): Promise<number> {
    let registered = 0;
    for (const place of plan.places) {
      for (const [index, obligation] of DEMO_OBLIGATIONS.entries()) {
        const locationId = place.buildingIds[index % place.buildingIds.length] ?? place.siteId;
        await this.obligations.create(plan.coordinator, {
          kind: obligation.kind,
          title: obligation.title,
          tradeCode: obligation.tradeCode,
          locationId: obligation.kind === 'fire_drill' ? place.siteId : locationId,
          intervalMonths: obligation.months,
          nextDueDate: taipeiDate(new Date(Date.now() + (obligation.dueInDays + registered) * DAY_MS)),
          leadTimeDays: 30,
          advanceFrom: 'due_date',
        });
        registered++;
      }
    }
    return registered;
  }
}
