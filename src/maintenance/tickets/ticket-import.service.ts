import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import {
  IMPORT_LINES_PER_SAVEPOINT,
  ImportLine,
  importLines,
  ImportOutcome,
  LineProblem,
} from '../../common/import/import-lines';
import { BusinessCalendar, rocYearOf } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { ImportedCaseInvalidError } from '../maintenance.errors';
import { dueTimes, NO_PAUSE, SlaTargets } from '../sla/sla-clock';
import { SlaPoliciesService } from '../sla/sla-policies.service';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { ImportedCaseOpenError } from './ticket-import.errors';

/** A repair case of the office's earlier records, its references already resolved. */
export interface ImportedCase {
  /** As the old system numbered it: `112-000123`. */
  number: string;
  receivedAt: Date;
  agencyId: string;
  tradeCode: string;
  title: string;
  description: string;
  spotText: string;
  /** Null only for a case still open in the old system, which the import refuses. */
  closedAt: Date | null;
  vendorName: string | null;
}

const NUMBER = /^(\d{2,3})-(\d{6})$/;
/** Who did the work of an imported case when the file does not say. */
const UNKNOWN_VENDOR = '舊系統匯入';

/**
 * Brings in the repair cases of earlier years with their own times and numbers. Every case goes
 * through the table's constraints (unique numbers, states) and is audited; the numbers of each
 * year must run gap-free from 1, as the old system issued them, and the year's counter continues
 * after them. Only closed cases are history: an open one is refused by line (see
 * ImportedCaseOpenError), so no imported case starts out overdue.
 */
@Injectable()
export class TicketImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly policies: SlaPoliciesService,
    private readonly calendar: BusinessCalendar,
  ) {}

  importCases(actor: Actor, lines: ImportLine<ImportedCase>[], commit: boolean): Promise<ImportOutcome> {
    // Only state the database would give again: a batch of lines retried one by one adds the same years.
    const years = new Set<number>();
    const targetsByTrade = new Map<string, SlaTargets>();
    return importLines(
      this.transactions,
      lines,
      commit,
      async (manager, { values }) => {
        const { rocYear, closedAt } = this.checkCase(values);
        years.add(rocYear);
        const targets =
          targetsByTrade.get(values.tradeCode) ?? (await this.policies.targetsFor(values.tradeCode, 'normal', manager));
        targetsByTrade.set(values.tradeCode, targets);
        await this.insert(manager, actor, values, closedAt, targets);
      },
      (manager) => this.closeYears(manager, [...years]),
      IMPORT_LINES_PER_SAVEPOINT,
    );
  }

  private checkCase(values: ImportedCase): { rocYear: number; closedAt: Date } {
    const match = NUMBER.exec(values.number);
    if (!match) throw new ImportedCaseInvalidError('number', `${values.number} is not a case number like 112-000123`);
    const rocYear = Number(match[1]);
    if (rocYear !== rocYearOf(values.receivedAt)) {
      throw new ImportedCaseInvalidError(
        'number',
        `${values.number} is numbered in ${rocYear}年 but was received in another year`,
      );
    }
    if (!values.closedAt) throw new ImportedCaseOpenError(values.number);
    if (values.closedAt < values.receivedAt) {
      throw new ImportedCaseInvalidError('closedAt', `${values.number} is closed before it was received`);
    }
    return { rocYear, closedAt: values.closedAt };
  }

  private async insert(
    manager: EntityManager,
    actor: Actor,
    values: ImportedCase,
    closedAt: Date,
    targets: SlaTargets,
  ): Promise<void> {
    const ticket = await manager.save(
      MaintenanceTicket,
      manager.create(MaintenanceTicket, {
        number: values.number,
        status: 'closed',
        priority: 'normal',
        agencyId: values.agencyId,
        requesterUserId: actor.userId,
        spotText: values.spotText,
        tradeCode: values.tradeCode,
        title: values.title,
        description: values.description,
        vendorName: values.vendorName ?? UNKNOWN_VENDOR,
        responseTargetMinutes: targets.responseMinutes,
        resolutionTargetMinutes: targets.resolutionMinutes,
        ...dueTimes('normal', targets, values.receivedAt, NO_PAUSE, this.calendar),
        createdAt: values.receivedAt,
        respondedAt: closedAt,
        resolvedAt: closedAt,
        closedAt,
        importedAt: new Date(),
      }),
    );
    await this.audit.record(manager, actor, {
      entityType: 'maintenance_ticket',
      entityId: ticket.id,
      action: 'import',
      after: ticket,
    });
  }

  /** Each imported year's numbers must be 1…n without a gap; its counter then continues at n + 1. */
  private async closeYears(manager: EntityManager, years: number[]): Promise<LineProblem[]> {
    const rows = (await manager.query(
      `SELECT split_part(number, '-', 1)::int AS "rocYear", count(*)::int AS count,
              max(split_part(number, '-', 2)::int) AS last
         FROM maintenance_tickets WHERE split_part(number, '-', 1)::int = ANY($1::int[]) GROUP BY 1 ORDER BY 1`,
      [years],
    )) as { rocYear: number; count: number; last: number }[];
    const problems = rows
      .filter((row) => row.count !== row.last)
      .map((row) => ({
        line: null,
        field: 'number',
        code: 'maintenance.import_numbers_gap',
        message: `${row.rocYear}年 has ${row.count} cases numbered up to ${row.last}: the numbers must run from 1 without a gap`,
      }));
    for (const row of rows) {
      await manager.query(
        `INSERT INTO maintenance_ticket_counters (roc_year, last_number) VALUES ($1, $2)
         ON CONFLICT (roc_year) DO UPDATE SET last_number = greatest(maintenance_ticket_counters.last_number, $2)`,
        [row.rocYear, row.last],
      );
    }
    return problems;
  }
}
