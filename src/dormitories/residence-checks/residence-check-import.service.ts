import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { ImportLine, importLines, ImportOutcome, LineProblem } from '../../common/import/import-lines';
import { taipeiDate } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { halfYearCodeOf } from './half-year';
import { ResidenceCheckCampaign } from './residence-check-campaign.entity';
import { ImportedCheckInvalidError } from './residence-check-import.errors';
import { ResidenceCheckOutcome } from './residence-check-outcome';
import { ResidenceCheck } from './residence-check.entity';

/** One result of an earlier year's residence fact verification (居住事實查考). */
export interface ImportedResidenceCheck {
  /** The round, `112-H1`: ROC year and half. */
  campaignCode: string;
  /** Dormitory code or name, as the office's file writes it. */
  dormitory: string;
  unitCode: string;
  occupantName: string;
  outcome: ResidenceCheckOutcome;
  checkedAt: Date;
  note: string | null;
}

const ROUND_CODE = /^\d{2,3}-H[12]$/;

/**
 * Brings in the results of earlier verification rounds as complete rounds of their own, marked
 * imported: each result is matched to the assignment of that occupant in that unit on the day of
 * the check (assignments are the register's; none is made up), and a round run here is never
 * added to. A round opens with its first check and is complete with its last, so the yearly
 * figure (`每年辦理2次…分別於6、12月辦理完成`) counts an imported year like any other.
 */
@Injectable()
export class ResidenceCheckImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  importChecks(actor: Actor, lines: ImportLine<ImportedResidenceCheck>[], commit: boolean): Promise<ImportOutcome> {
    const importedAt = new Date();
    const campaignIds = new Set<string>();
    return importLines(
      this.transactions,
      lines,
      commit,
      async (manager, { values }) => {
        const { assignmentId, agencyId } = await this.assignmentOf(manager, values);
        const campaignId = await this.campaignFor(manager, agencyId, values, importedAt);
        await this.insert(manager, actor, campaignId, assignmentId, values, importedAt);
        campaignIds.add(campaignId);
      },
      (manager) => this.auditCampaigns(manager, actor, [...campaignIds]),
    );
  }

  private async assignmentOf(
    manager: EntityManager,
    values: ImportedResidenceCheck,
  ): Promise<{ assignmentId: string; agencyId: string }> {
    if (!ROUND_CODE.test(values.campaignCode)) {
      throw new ImportedCheckInvalidError('import_round_code', `${values.campaignCode} is not a round like 112-H1`);
    }
    if (halfYearCodeOf(values.checkedAt) !== values.campaignCode) {
      throw new ImportedCheckInvalidError(
        'import_outside_round',
        `a check on ${taipeiDate(values.checkedAt)} is not in the half-year of ${values.campaignCode}`,
      );
    }
    // The same range as opening a round: the assignment runs on the day of the check.
    const [row] = (await manager.query(
      `SELECT a.id AS "assignmentId", d.agency_id AS "agencyId" FROM dormitory_assignments a
         JOIN dormitory_units u ON u.id = a.unit_id JOIN dormitories d ON d.id = u.dormitory_id
        WHERE (d.code = $1 OR d.name = $1) AND u.code = $2 AND a.occupant_name = $3
          AND daterange(a.starts_on, a.ends_on) @> $4::date`,
      [values.dormitory, values.unitCode, values.occupantName, taipeiDate(values.checkedAt)],
    )) as { assignmentId: string; agencyId: string }[];
    if (!row) {
      throw new ImportedCheckInvalidError(
        'import_no_assignment',
        `${values.occupantName} has no assignment in ${values.dormitory} ${values.unitCode} on ${taipeiDate(values.checkedAt)}`,
      );
    }
    return row;
  }

  /** The imported round of the agency, opened by the first of its checks and widened by each. */
  private async campaignFor(
    manager: EntityManager,
    agencyId: string,
    values: ImportedResidenceCheck,
    importedAt: Date,
  ): Promise<string> {
    const code = values.campaignCode;
    const existing = await manager.findOne(ResidenceCheckCampaign, {
      where: { agencyId, code },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing && !existing.importedAt) {
      throw new ImportedCheckInvalidError('import_round_exists', `the round ${code} was run here and stays as it is`);
    }
    const at = values.checkedAt;
    const campaign = existing ?? manager.create(ResidenceCheckCampaign, { agencyId, code, checkCount: 0, importedAt });
    Object.assign(campaign, {
      checkCount: campaign.checkCount + 1,
      openedAt: existing && existing.openedAt < at ? existing.openedAt : at,
      completedAt: existing?.completedAt && existing.completedAt > at ? existing.completedAt : at,
    });
    return (await manager.save(ResidenceCheckCampaign, campaign)).id;
  }

  private async insert(
    manager: EntityManager,
    actor: Actor,
    campaignId: string,
    assignmentId: string,
    values: ImportedResidenceCheck,
    importedAt: Date,
  ): Promise<void> {
    const check = await manager.save(
      ResidenceCheck,
      manager.create(ResidenceCheck, {
        campaignId,
        assignmentId,
        outcome: values.outcome,
        checkedOn: taipeiDate(values.checkedAt),
        note: values.note,
        recordedAt: importedAt,
        importedAt,
      }),
    );
    await this.audit.record(manager, actor, {
      entityType: 'residence_check',
      entityId: check.id,
      action: 'import',
      after: check,
    });
  }

  /** Each round touched is audited as the import leaves it. */
  private async auditCampaigns(manager: EntityManager, actor: Actor, ids: string[]): Promise<LineProblem[]> {
    for (const id of ids) {
      const campaign = await manager.findOneByOrFail(ResidenceCheckCampaign, { id });
      await this.audit.record(manager, actor, {
        entityType: 'residence_check_campaign',
        entityId: id,
        action: 'import',
        after: campaign,
      });
    }
    return [];
  }
}
