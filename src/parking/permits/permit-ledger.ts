import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { postgresErrorOf } from '../../common/errors/postgres-error';
import { VehicleType } from '../../common/plates/taiwan-plate';
import { rocYearOf } from '../../common/time';
import { Actor } from '../../identity/actor';
import { ParkingLot } from '../lots/parking-lot.entity';
import { LotFullError, PlateOverlapError } from '../parking.errors';
import { ParkingPermit } from './parking-permit.entity';

/** 192 random bits: the verification URL can be neither guessed nor enumerated. */
const TOKEN_BYTES = 24;

/** A checked permit request: plate already normalised, days already listed in order. */
export interface PermitLine {
  plate: string;
  vehicleType: VehicleType;
  visitorName: string;
  visitorPhone: string | null;
  agencyVisitedId: string;
  purpose: string;
  days: string[];
}

export function serialOf(lotCode: string, rocYear: number, serialNumber: number): string {
  return `${lotCode}${rocYear}-${String(serialNumber).padStart(5, '0')}`;
}

/** The key of a permit's public verification URL, printed as its QR code. */
export function newVerificationToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** The audit trail keeps what was issued but not the visitor's personal data, which is deleted later. */
export function auditValues(permit: ParkingPermit): Partial<ParkingPermit> {
  const { visitorName: _name, visitorPhone: _phone, verificationToken: _token, ...rest } = permit;
  return rest;
}

/**
 * The writes of issuing and revoking, always inside the caller's transaction. Locks are taken in
 * one order everywhere (the lot row shared, the lot-year serial counter, then the lot's days in
 * date order), so concurrent issues queue instead of deadlocking.
 */
@Injectable()
export class PermitLedger {
  constructor(private readonly audit: AuditService) {}

  /**
   * Locks the lot row shared and reads its capacity again. A capacity change locks the row
   * exclusively, so it waits for the issues under way and they wait for it: a day's counter row is
   * never created with a capacity read before the lot was lowered. Call first in the transaction.
   */
  async lockLot(manager: EntityManager, lot: ParkingLot): Promise<ParkingLot> {
    const [row] = (await manager.query('SELECT daily_capacity FROM parking_lots WHERE id = $1 FOR SHARE', [
      lot.id,
    ])) as {
      daily_capacity: number;
    }[];
    return { ...lot, dailyCapacity: row.daily_capacity };
  }

  /** Issues one permit; `lot` must come from lockLot in the same transaction. */
  async issue(
    manager: EntityManager,
    actor: Actor,
    lot: ParkingLot,
    line: PermitLine,
  ): Promise<{ permit: ParkingPermit; token: string }> {
    const rocYear = rocYearOf(new Date());
    const serialNumber = await this.nextSerialNumber(manager, lot.id, rocYear);
    for (const day of line.days) await this.takeSpace(manager, lot, day);
    const token = newVerificationToken();
    const { days, ...fields } = line;
    const values: Partial<ParkingPermit> = {
      ...fields,
      lotId: lot.id,
      rocYear,
      serialNumber,
      serial: serialOf(lot.code, rocYear, serialNumber),
      validFrom: days[0],
      validTo: days[days.length - 1],
      status: 'active',
      issuedByUserId: actor.userId,
      verificationToken: token,
    };
    let permit: ParkingPermit;
    try {
      permit = await manager.save(ParkingPermit, manager.create(ParkingPermit, values));
    } catch (error) {
      // The existing permit's serial is looked up after the rollback, by the caller.
      if (postgresErrorOf(error)?.code === '23P01') throw new PlateOverlapError(line.plate, lot.code, null);
      throw error;
    }
    await this.audit.record(manager, actor, {
      entityType: 'parking_permit',
      entityId: permit.id,
      action: 'issue',
      after: auditValues(permit),
    });
    return { permit, token };
  }

  /** Gives back the spaces of a revoked permit's days from today on. */
  async releaseSpaces(manager: EntityManager, permit: ParkingPermit, today: string): Promise<void> {
    await manager.query(
      `UPDATE parking_lot_days SET issued = issued - 1
        WHERE (lot_id, day) IN (SELECT lot_id, day FROM parking_lot_days
                                 WHERE lot_id = $1 AND day BETWEEN greatest($2::date, $3::date) AND $4::date
                                 ORDER BY day FOR UPDATE)`,
      [permit.lotId, today, permit.validFrom, permit.validTo],
    );
  }

  recordRevocation(manager: EntityManager, actor: Actor, before: ParkingPermit, after: ParkingPermit): Promise<void> {
    return this.audit.record(manager, actor, {
      entityType: 'parking_permit',
      entityId: after.id,
      action: 'revoke',
      before: auditValues(before),
      after: auditValues(after),
    });
  }

  /** Gap-free: the counter row stays locked until commit, and a rollback gives the number back. */
  private async nextSerialNumber(manager: EntityManager, lotId: string, rocYear: number): Promise<number> {
    const [row] = (await manager.query(
      `INSERT INTO parking_serial_counters AS c (lot_id, roc_year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (lot_id, roc_year) DO UPDATE SET last_number = c.last_number + 1
       RETURNING last_number`,
      [lotId, rocYear],
    )) as { last_number: number }[];
    return row.last_number;
  }

  /** The day's counter row carries CHECK (issued <= capacity): a full day refuses the increment. */
  private async takeSpace(manager: EntityManager, lot: ParkingLot, day: string): Promise<void> {
    try {
      await manager.query(
        `INSERT INTO parking_lot_days AS d (lot_id, day, capacity, issued) VALUES ($1, $2, $3, 1)
         ON CONFLICT (lot_id, day) DO UPDATE SET issued = d.issued + 1`,
        [lot.id, day, lot.dailyCapacity],
      );
    } catch (error) {
      if (postgresErrorOf(error)?.code === '23514') throw new LotFullError(lot.code, day);
      throw error;
    }
  }
}
