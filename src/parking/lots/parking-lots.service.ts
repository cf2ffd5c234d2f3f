import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { NotFoundError, assertVersion } from '../../common/errors/domain-error';
import { taipeiDate } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { UsersService } from '../../users/users.service';
import { LotInactiveError, NotAnOfficerError, NotLotOfficerError } from '../parking.errors';
import { LotDayView, LotDaysQuery, UpdateLotDto } from './dto/lot.dto';
import { ParkingLotDay } from './parking-lot-day.entity';
import { ParkingLotOfficer } from './parking-lot-officer.entity';
import { ParkingLot } from './parking-lot.entity';
import { REFERENCE_LOTS } from './reference-lots';

export type LotName = Pick<ParkingLot, 'id' | 'code' | 'name'>;

function isAdmin(actor: Actor): boolean {
  return actor.roles.includes('admin');
}

/** The parking lots, their daily spaces and opening hours, and which officers issue for which lot. */
@Injectable()
export class ParkingLotsService {
  constructor(
    @InjectRepository(ParkingLot) private readonly lots: Repository<ParkingLot>,
    @InjectRepository(ParkingLotOfficer) private readonly officers: Repository<ParkingLotOfficer>,
    @InjectRepository(ParkingLotDay) private readonly days: Repository<ParkingLotDay>,
    private readonly users: UsersService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Adds the Siwei and Fengshan lots if they are missing; lots already there keep their edits. */
  async seedLots(): Promise<void> {
    await this.lots.createQueryBuilder().insert().values(REFERENCE_LOTS).orIgnore().execute();
  }

  list(): Promise<ParkingLot[]> {
    return this.lots.find({ order: { code: 'ASC' } });
  }

  /** Each lot's id, code and name in code order, as the figures name the lots. */
  names(): Promise<LotName[]> {
    return this.lots.query(`SELECT id, code, name FROM parking_lots ORDER BY code`);
  }

  async getByCode(code: string): Promise<ParkingLot> {
    const lot = await this.lots.findOneBy({ code });
    if (!lot) throw new NotFoundError('parking_lot', code);
    return lot;
  }

  async getById(id: string): Promise<ParkingLot> {
    const lot = await this.lots.findOneBy({ id });
    if (!lot) throw new NotFoundError('parking_lot', id);
    return lot;
  }

  /** The active lot the actor may issue for: admins for every lot, officers for their own. */
  async requireIssuable(actor: Actor, code: string): Promise<ParkingLot> {
    const lot = await this.getByCode(code);
    if (!lot.active) throw new LotInactiveError(code);
    if (!isAdmin(actor) && !(await this.officers.existsBy({ lotId: lot.id, userId: actor.userId })))
      throw new NotLotOfficerError(code);
    return lot;
  }

  /** Lot ids whose permits the actor may see, or null for all (admins). */
  async lotIdsVisibleTo(actor: Actor): Promise<string[] | null> {
    if (isAdmin(actor)) return null;
    const rows = await this.officers.findBy({ userId: actor.userId });
    return rows.map((row) => row.lotId);
  }

  /**
   * Changes a lot. A new daily capacity also applies to the coming days already counted; the
   * counters' CHECK refuses it (422) where more spaces were already issued.
   */
  async update(actor: Actor, code: string, input: UpdateLotDto): Promise<ParkingLot> {
    const { id } = await this.getByCode(code);
    const { version, ...changes } = input;
    return this.transactions.run(async (manager) => {
      const lot = await updateAudited(manager, this.audit, actor, ParkingLot, 'parking_lot', id, (row) => {
        assertVersion('parking_lot', code, row, version);
        Object.assign(row, changes);
      });
      if (changes.dailyCapacity !== undefined) {
        await manager
          .createQueryBuilder()
          .update(ParkingLotDay)
          .set({ capacity: changes.dailyCapacity })
          .where('lot_id = :lotId AND day >= :today', { lotId: id, today: taipeiDate(new Date()) })
          .execute();
      }
      return lot;
    });
  }

  async dayCounts(code: string, query: LotDaysQuery): Promise<LotDayView[]> {
    const lot = await this.getByCode(code);
    const rows = (await this.days.query(
      `SELECT d::date::text AS day, coalesce(c.capacity, $2) AS capacity, coalesce(c.issued, 0) AS issued
         FROM generate_series($3::date, $4::date, interval '1 day') AS d
         LEFT JOIN parking_lot_days c ON c.lot_id = $1 AND c.day = d::date
        ORDER BY d LIMIT 366`,
      [lot.id, lot.dailyCapacity, query.from, query.to],
    )) as { day: string; capacity: number; issued: number }[];
    return rows.map((row) => ({ ...row, remaining: row.capacity - row.issued }));
  }

  async officersOf(code: string): Promise<ParkingLotOfficer[]> {
    const lot = await this.getByCode(code);
    return this.officers.find({ where: { lotId: lot.id }, order: { createdAt: 'ASC' } });
  }

  /** Lets a parking officer issue for the lot; assigning twice changes nothing. */
  async assignOfficer(actor: Actor, code: string, userId: string): Promise<ParkingLotOfficer> {
    const lot = await this.getByCode(code);
    const user = await this.users.getVisible(actor, userId);
    if (!user.active || !user.roles.some((role) => role === 'parking_officer' || role === 'admin')) {
      throw new NotAnOfficerError(user.username);
    }
    return this.transactions.run(async (manager) => {
      const existing = await manager.findOneBy(ParkingLotOfficer, { lotId: lot.id, userId });
      if (existing) return existing;
      const saved = await manager.save(ParkingLotOfficer, manager.create(ParkingLotOfficer, { lotId: lot.id, userId }));
      await this.audit.record(manager, actor, {
        entityType: 'parking_lot_officer',
        entityId: `${lot.id}:${userId}`,
        action: 'create',
        after: saved,
      });
      return saved;
    });
  }

  async removeOfficer(actor: Actor, code: string, userId: string): Promise<void> {
    const lot = await this.getByCode(code);
    await this.transactions.run(async (manager) => {
      const existing = await manager.findOne(ParkingLotOfficer, {
        where: { lotId: lot.id, userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!existing) throw new NotFoundError('parking_lot_officer', userId);
      await manager.delete(ParkingLotOfficer, { lotId: lot.id, userId });
      await this.audit.record(manager, actor, {
        entityType: 'parking_lot_officer',
        entityId: `${lot.id}:${userId}`,
        action: 'delete',
        before: existing,
      });
    });
  }
}
