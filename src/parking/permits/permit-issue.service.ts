import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { DomainError, NotFoundError, assertVersion } from '../../common/errors/domain-error';
import { checkPlate } from '../../common/plates/taiwan-plate';
import { taipeiDate } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { ParkingLot } from '../lots/parking-lot.entity';
import { ParkingLotsService } from '../lots/parking-lots.service';
import { ParkingSettings } from '../parking-settings';
import {
  BulkIssueRefusedError,
  BulkLineProblem,
  InvalidPlateError,
  InvalidWindowError,
  PermitNotActiveError,
  PlateOverlapError,
} from '../parking.errors';
import { BulkIssueDto, IssuePermitDto, RevokePermitDto, VehicleDto } from './dto/permit.dto';
import { ParkingPermit } from './parking-permit.entity';
import { PermitLedger, PermitLine } from './permit-ledger';
import { checkWindow } from './permit-window';

export interface IssuedPermit {
  permit: ParkingPermit;
  token: string;
}

/** Issues (one, or a meeting's list all or nothing) and revokes temporary parking permits. */
@Injectable()
export class PermitIssueService {
  constructor(
    @InjectRepository(ParkingPermit) private readonly permits: Repository<ParkingPermit>,
    private readonly lots: ParkingLotsService,
    private readonly agencies: AgenciesService,
    private readonly ledger: PermitLedger,
    private readonly transactions: TransactionRunner,
    private readonly settings: ParkingSettings,
  ) {}

  async issue(actor: Actor, input: IssuePermitDto): Promise<IssuedPermit> {
    const { lot, days } = await this.checkVisit(actor, input);
    const plate = checkPlate(input.plate, input.vehicleType);
    if (!plate.ok) throw new InvalidPlateError(plate);
    const line = this.lineOf(input, input, plate.plate, days);
    try {
      return await this.transactions.run(async (manager) =>
        this.ledger.issue(manager, actor, await this.ledger.lockLot(manager, lot), line),
      );
    } catch (error) {
      throw await this.withExistingSerial(error, lot, line);
    }
  }

  /** Issues one permit per vehicle for the same visit, or none, with a report per refused line. */
  async issueBulk(actor: Actor, input: BulkIssueDto): Promise<IssuedPermit[]> {
    const { lot: lotRead, days } = await this.checkVisit(actor, input);
    const lines = this.bulkLines(input, days);
    return this.transactions.run(async (manager) => {
      const lot = await this.ledger.lockLot(manager, lotRead);
      await this.assertBulkFits(manager, lot, lines);
      const issued: IssuedPermit[] = [];
      for (const [index, line] of lines.entries()) {
        try {
          issued.push(await this.ledger.issue(manager, actor, lot, line));
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          throw new BulkIssueRefusedError(HttpStatus.CONFLICT, [
            { line: index + 1, plate: line.plate, code: error.code, message: error.message },
          ]);
        }
      }
      return issued;
    });
  }

  /** Revokes an active permit; its remaining days' spaces become free again. */
  async revoke(actor: Actor, permitId: string, input: RevokePermitDto): Promise<ParkingPermit> {
    const visibleLotIds = await this.lots.lotIdsVisibleTo(actor);
    return this.transactions.run(async (manager) => {
      const permit = await manager.findOne(ParkingPermit, {
        where: { id: permitId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!permit || (visibleLotIds && !visibleLotIds.includes(permit.lotId)))
        throw new NotFoundError('parking_permit', permitId);
      assertVersion('parking_permit', permit.serial, permit, input.version);
      if (permit.status !== 'active') throw new PermitNotActiveError(permit.serial, permit.status);
      const before = { ...permit };
      Object.assign(permit, { status: 'revoked', revokedAt: new Date(), revocationReason: input.reason });
      const saved = await manager.save(ParkingPermit, permit);
      await this.ledger.releaseSpaces(manager, saved, taipeiDate(new Date()));
      await this.ledger.recordRevocation(manager, actor, before, saved);
      return saved;
    });
  }

  private async checkVisit(
    actor: Actor,
    input: BulkIssueDto | IssuePermitDto,
  ): Promise<{ lot: ParkingLot; days: string[] }> {
    const lot = await this.lots.requireIssuable(actor, input.lotCode);
    const { maxPermitDays, maxDaysAhead } = this.settings.values;
    const window = checkWindow(input.validFrom, input.validTo, {
      today: taipeiDate(new Date()),
      maxDays: maxPermitDays,
      maxDaysAhead,
    });
    if (!window.ok) throw new InvalidWindowError(window.reason);
    await this.agencies.requireActive(input.agencyVisitedId);
    return { lot, days: window.days };
  }

  private lineOf(visit: BulkIssueDto | IssuePermitDto, vehicle: VehicleDto, plate: string, days: string[]): PermitLine {
    return {
      plate,
      vehicleType: vehicle.vehicleType,
      visitorName: vehicle.visitorName,
      visitorPhone: vehicle.visitorPhone ?? null,
      agencyVisitedId: visit.agencyVisitedId,
      purpose: visit.purpose,
      days,
    };
  }

  /** Every line's plate checked, duplicates named; a bad line refuses the whole list (400). */
  private bulkLines(input: BulkIssueDto, days: string[]): PermitLine[] {
    const problems: BulkLineProblem[] = [];
    const firstLineOf = new Map<string, number>();
    const lines = input.vehicles.map((vehicle, index) => {
      const line = index + 1;
      const plate = checkPlate(vehicle.plate, vehicle.vehicleType);
      if (!plate.ok) {
        const { code, ...params } = plate.problem;
        problems.push({ line, plate: vehicle.plate, code, message: plate.reason, params });
        return this.lineOf(input, vehicle, vehicle.plate, days);
      }
      const earlier = firstLineOf.get(plate.plate);
      if (earlier)
        problems.push({
          line,
          plate: plate.plate,
          code: 'parking.duplicate_plate',
          message: `${plate.plate} is already on line ${earlier}`,
        });
      else firstLineOf.set(plate.plate, line);
      return this.lineOf(input, vehicle, plate.plate, days);
    });
    if (problems.length) throw new BulkIssueRefusedError(HttpStatus.BAD_REQUEST, problems);
    return lines;
  }

  /** Names every plate already holding a permit and every day without room, before writing anything. */
  private async assertBulkFits(manager: EntityManager, lot: ParkingLot, lines: PermitLine[]): Promise<void> {
    const days = lines[0].days;
    const plates = lines.map((line) => line.plate);
    const holders = (await manager.query(
      `SELECT plate, serial FROM parking_permits
        WHERE lot_id = $1 AND status = 'active' AND plate = ANY($2::text[])
          AND daterange(valid_from, valid_to, '[]') && daterange($3::date, $4::date, '[]')`,
      [lot.id, plates, days[0], days[days.length - 1]],
    )) as { plate: string; serial: string }[];
    const fullDays = (await manager.query(
      `SELECT d::date::text AS day FROM unnest($2::date[]) AS d
         LEFT JOIN parking_lot_days c ON c.lot_id = $1 AND c.day = d
        WHERE coalesce(c.capacity, $3) - coalesce(c.issued, 0) < $4 ORDER BY d`,
      [lot.id, days, lot.dailyCapacity, lines.length],
    )) as { day: string }[];
    if (!holders.length && !fullDays.length) return;
    const serialOf = new Map(holders.map((holder) => [holder.plate, holder.serial]));
    const problems = lines.flatMap((line, index) => {
      const serial = serialOf.get(line.plate);
      return serial
        ? [
            {
              line: index + 1,
              plate: line.plate,
              code: 'parking.plate_overlap',
              message: new PlateOverlapError(line.plate, lot.code, serial).message,
            },
          ]
        : [];
    });
    throw new BulkIssueRefusedError(
      HttpStatus.CONFLICT,
      problems,
      fullDays.map((row) => row.day),
    );
  }

  /** After the rollback, names the permit a plate overlap ran into. */
  private async withExistingSerial(error: unknown, lot: ParkingLot, line: PermitLine): Promise<unknown> {
    if (!(error instanceof PlateOverlapError)) return error;
    const holder = await this.permits
      .createQueryBuilder('permit')
      .where("permit.lot_id = :lotId AND permit.plate = :plate AND permit.status = 'active'", {
        lotId: lot.id,
        plate: line.plate,
      })
      .andWhere("daterange(permit.valid_from, permit.valid_to, '[]') && daterange(:from::date, :to::date, '[]')", {
        from: line.days[0],
        to: line.days[line.days.length - 1],
      })
      .getOne();
    return new PlateOverlapError(line.plate, lot.code, holder?.serial ?? null);
  }
}
