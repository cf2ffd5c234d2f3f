import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { NotFoundError } from '../../common/errors/domain-error';
import { ImportLine, importLines, ImportOutcome, LineProblem } from '../../common/import/import-lines';
import { checkPlate, VehicleType } from '../../common/plates/taiwan-plate';
import { rocYearOf, taipeiDate } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { ParkingLot } from '../lots/parking-lot.entity';
import { ParkingLotsService } from '../lots/parking-lots.service';
import { InvalidPlateError } from '../parking.errors';
import { ParkingPermit } from './parking-permit.entity';
import { ImportedPermitInvalidError } from './permit-import.errors';
import { auditValues, newVerificationToken, serialOf } from './permit-ledger';

/** A permit of the office's earlier records, its lot and agency already resolved. */
export interface ImportedPermit {
  /** As the old system numbered it: `SW112-00001` (lot, ROC year of issue, number). */
  serial: string;
  lotCode: string;
  /** As written in the file; the one plate rule normalises it. */
  plate: string;
  vehicleType: VehicleType;
  visitorName: string | null;
  visitorPhone: string | null;
  agencyVisitedId: string;
  purpose: string | null;
  /** Taipei dates, `YYYY-MM-DD`. */
  validFrom: string;
  validTo: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revocationReason: string | null;
}

const SERIAL_TAIL = /^(\d{2,3})-(\d{1,5})$/;
/** What the old records did not say. */
const UNRECORDED = '舊系統未記載';

interface CheckedPermit {
  rocYear: number;
  serialNumber: number;
  plate: string;
}

/**
 * Brings in the permits of earlier years with their own serials and times. Every permit goes
 * through the table's constraints (unique serials, one active permit per plate and day) and is
 * audited; each lot's serials of a year must run gap-free from 1, and its counter continues after
 * them. Imported permits never take a space: only permits whose last day is before today are
 * history, none of their days is counted in parking_lot_days (the import never writes it), and a
 * revocation only gives back spaces from today on, which no imported permit holds.
 */
@Injectable()
export class PermitImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly lots: ParkingLotsService,
  ) {}

  async importPermits(actor: Actor, lines: ImportLine<ImportedPermit>[], commit: boolean): Promise<ImportOutcome> {
    const lotsByCode = new Map((await this.lots.list()).map((lot) => [lot.code, lot]));
    const today = taipeiDate(new Date());
    const importedAt = new Date();
    const imported: string[] = [];
    return importLines(
      this.transactions,
      lines,
      commit,
      async (manager, { values }) => {
        const lot = lotsByCode.get(values.lotCode);
        if (!lot) throw new NotFoundError('parking_lot', values.lotCode);
        const checked = this.check(values, lot, today);
        imported.push(await this.insert(manager, actor, lot, values, checked, importedAt));
      },
      (manager) => this.closeImport(manager, actor, imported),
    );
  }

  private check(values: ImportedPermit, lot: ParkingLot, today: string): CheckedPermit {
    const rocYear = rocYearOf(values.issuedAt);
    const serial = values.serial.toUpperCase();
    const tail = serial.startsWith(lot.code) ? SERIAL_TAIL.exec(serial.slice(lot.code.length)) : null;
    if (!tail || Number(tail[1]) !== rocYear || Number(tail[2]) < 1) {
      throw new ImportedPermitInvalidError(
        'import_serial_form',
        `${values.serial} is not a serial of lot ${lot.code} issued in ${rocYear}年, like ${serialOf(lot.code, rocYear, 1)}`,
      );
    }
    const plate = checkPlate(values.plate, values.vehicleType);
    if (!plate.ok) throw new InvalidPlateError(plate);
    if (values.validTo >= today) {
      throw new ImportedPermitInvalidError(
        'import_permit_current',
        `${values.serial} runs until ${values.validTo}: only permits whose last day has passed are history`,
      );
    }
    if (values.revokedAt && values.revokedAt < values.issuedAt) {
      throw new ImportedPermitInvalidError(
        'import_revoked_before_issue',
        `${values.serial} is revoked before its issue`,
      );
    }
    return { rocYear, serialNumber: Number(tail[2]), plate: plate.plate };
  }

  /** Inserted as the old system left it, active unless revoked, so the exclusion constraint checks overlaps. */
  private async insert(
    manager: EntityManager,
    actor: Actor,
    lot: ParkingLot,
    values: ImportedPermit,
    checked: CheckedPermit,
    importedAt: Date,
  ): Promise<string> {
    const revoked = values.revokedAt !== null;
    const permit = await manager.save(
      ParkingPermit,
      manager.create(ParkingPermit, {
        lotId: lot.id,
        rocYear: checked.rocYear,
        serialNumber: checked.serialNumber,
        serial: serialOf(lot.code, checked.rocYear, checked.serialNumber),
        plate: checked.plate,
        vehicleType: values.vehicleType,
        visitorName: values.visitorName,
        visitorPhone: values.visitorPhone,
        agencyVisitedId: values.agencyVisitedId,
        purpose: values.purpose ?? UNRECORDED,
        validFrom: values.validFrom,
        validTo: values.validTo,
        status: revoked ? 'revoked' : 'active',
        issuedByUserId: actor.userId,
        issuedAt: values.issuedAt,
        revokedAt: values.revokedAt,
        revocationReason: revoked ? (values.revocationReason ?? UNRECORDED) : null,
        // The column is required; an imported permit was never printed here, so nobody holds its key.
        verificationToken: newVerificationToken(),
        importedAt,
      }),
    );
    return permit.id;
  }

  /**
   * Each imported lot-year's serials must be 1…n without a gap; its counter then continues at n + 1.
   * The permits still active are expired (their last day has passed, as the nightly job would), and
   * every permit is audited as it stays.
   */
  private async closeImport(manager: EntityManager, actor: Actor, ids: string[]): Promise<LineProblem[]> {
    const rows = (await manager.query(
      `SELECT p.lot_id AS "lotId", l.code AS "lotCode", p.roc_year AS "rocYear", count(*)::int AS count,
              max(p.serial_number) AS last
         FROM parking_permits p JOIN parking_lots l ON l.id = p.lot_id
        WHERE (p.lot_id, p.roc_year) IN (SELECT lot_id, roc_year FROM parking_permits WHERE id = ANY($1::uuid[]))
        GROUP BY 1, 2, 3 ORDER BY 2, 3`,
      [ids],
    )) as { lotId: string; lotCode: string; rocYear: number; count: number; last: number }[];
    const problems = rows
      .filter((row) => row.count !== row.last)
      .map((row) => ({
        line: null,
        field: 'serial',
        code: 'parking.import_serials_gap',
        message: `lot ${row.lotCode} has ${row.count} permits of ${row.rocYear}年 numbered up to ${row.last}: the numbers must run from 1 without a gap`,
      }));
    if (problems.length) return problems;
    for (const row of rows) {
      await manager.query(
        `INSERT INTO parking_serial_counters (lot_id, roc_year, last_number) VALUES ($1, $2, $3)
         ON CONFLICT (lot_id, roc_year) DO UPDATE SET last_number = greatest(parking_serial_counters.last_number, $3)`,
        [row.lotId, row.rocYear, row.last],
      );
    }
    await manager.query(
      `UPDATE parking_permits SET status = 'expired' WHERE id = ANY($1::uuid[]) AND status = 'active'`,
      [ids],
    );
    const permits = await manager
      .createQueryBuilder(ParkingPermit, 'permit')
      .where('permit.id = ANY(:ids::uuid[])', { ids })
      .getMany();
    for (const permit of permits) {
      await this.audit.record(manager, actor, {
        entityType: 'parking_permit',
        entityId: permit.id,
        action: 'import',
        after: auditValues(permit),
      });
    }
    return [];
  }
}
