import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Period, taipeiDate } from '../../common/time';
import { DORMITORY_TYPE_LABELS, DORMITORY_TYPES, DormitoryType } from '../registry/dormitory-kinds';
import { Dormitory } from '../registry/dormitory.entity';
import {
  DormitoryCountsView,
  DormitoryFiguresView,
  FamilyDormitoryFigures,
  VerificationCampaignFigure,
} from './dto/dormitory-figures.dto';

type Row = Record<string, string | number>;

/** 經管市有宿舍44間，包括首長宿舍3間、…及眷舍3間 — the sentence of the yearly report. */
export function dormitorySentence(counts: DormitoryCountsView): string {
  const parts = DORMITORY_TYPES.map((type) => `${DORMITORY_TYPE_LABELS[type]}${counts[type]}間`);
  return `經管市有宿舍${counts.total}間，包括${parts.slice(0, -1).join('、')}及${parts[parts.length - 1]}`;
}

/**
 * The dormitory figures of the yearly performance report and the council report, for any
 * period. City-wide: every managing agency's dormitories count.
 */
@Injectable()
export class DormitoryFiguresService {
  constructor(@InjectRepository(Dormitory) private readonly dormitories: Repository<Dormitory>) {}

  async figuresFor(period: Period): Promise<DormitoryFiguresView> {
    const [startDay, endDay] = [taipeiDate(period.start), taipeiDate(period.end)];
    const [dormitories, verificationCampaigns, lending, removals, patrols, windingDown] = await Promise.all([
      this.countsAsOf(endDay),
      this.verificationCampaigns(startDay, endDay),
      this.one(
        `SELECT count(*)::int AS uses FROM residence_bookings WHERE status = 'approved' AND starts_at >= $1 AND starts_at < $2`,
        [period.start, period.end],
      ),
      this.one(
        `SELECT count(*) FILTER (WHERE to_status = 'demolished')::int AS demolitions, count(*) FILTER (WHERE to_status = 'handed_over')::int AS handovers
           FROM dormitory_status_changes WHERE effective_on >= $1 AND effective_on < $2`,
        [startDay, endDay],
      ),
      this.one(
        `SELECT count(DISTINCT p.id)::int AS patrols, count(f.id)::int AS findings, count(f.repair_ticket_id)::int AS repairs
           FROM dormitory_patrols p LEFT JOIN dormitory_patrol_findings f ON f.patrol_id = p.id
          WHERE p.patrolled_at >= $1 AND p.patrolled_at < $2`,
        [period.start, period.end],
      ),
      this.windingDown(startDay, endDay),
    ]);
    return {
      ...period,
      dormitories,
      verificationCampaigns,
      residenceLendingUses: Number(lending.uses),
      demolitions: Number(removals.demolitions),
      handovers: Number(removals.handovers),
      patrols: Number(patrols.patrols),
      findings: Number(patrols.findings),
      repairsOpened: Number(patrols.repairs),
      ...windingDown,
      summary: dormitorySentence(dormitories),
    };
  }

  private async countsAsOf(endDay: string): Promise<DormitoryCountsView> {
    const rows = (await this.dormitories.query(
      `SELECT type, count(*)::int AS count FROM dormitories
        WHERE (acquired_on IS NULL OR acquired_on < $1) AND (removed_on IS NULL OR removed_on >= $1) GROUP BY type`,
      [endDay],
    )) as { type: DormitoryType; count: number }[];
    const counts = { head_residence: 0, multi_room_staff: 0, single_room_staff: 0, family: 0, total: 0 };
    for (const row of rows) counts[row.type] = row.count;
    counts.total = rows.reduce((sum, row) => sum + row.count, 0);
    return counts;
  }

  private async verificationCampaigns(startDay: string, endDay: string): Promise<VerificationCampaignFigure[]> {
    const rows = (await this.dormitories.query(
      `SELECT c.code, c.agency_id, min(k.checked_on)::text AS first, max(k.checked_on)::text AS last
         FROM residence_check_campaigns c JOIN residence_checks k ON k.campaign_id = c.id
        WHERE c.completed_at IS NOT NULL GROUP BY c.id
       HAVING max(k.checked_on) >= $1 AND max(k.checked_on) < $2 ORDER BY last, c.code`,
      [startDay, endDay],
    )) as { code: string; agency_id: string; first: string; last: string }[];
    return rows.map((row) => ({
      code: row.code,
      agencyId: row.agency_id,
      firstCheckedOn: row.first,
      lastCheckedOn: row.last,
    }));
  }

  /**
   * Family dormitories being wound down: clearances completed (land returned) in the period and
   * still under way on its last day, lawsuits closed in the period and open on its last day, and
   * properties on loan on its last day. `endDay` is exclusive, so the last day is `endDay - 1`.
   */
  private async windingDown(startDay: string, endDay: string): Promise<FamilyDormitoryFigures> {
    const row = await this.one(
      `SELECT
         (SELECT count(*)::int FROM dormitory_clearances WHERE land_returned_on >= $1 AND land_returned_on < $2) AS completed,
         (SELECT count(*)::int FROM dormitory_clearances
           WHERE notice_on < $2 AND (land_returned_on IS NULL OR land_returned_on >= $2)) AS under_way,
         (SELECT count(*)::int FROM dormitory_lawsuits WHERE closed_on >= $1 AND closed_on < $2) AS closed,
         (SELECT count(*)::int FROM dormitory_lawsuits
           WHERE filed_on < $2 AND (closed_on IS NULL OR closed_on >= $2)) AS open,
         (SELECT count(DISTINCT dormitory_id)::int FROM dormitory_loans
           WHERE starts_on < $2 AND ends_on >= $2::date - 1) AS on_loan`,
      [startDay, endDay],
    );
    return {
      clearancesCompleted: Number(row.completed),
      clearancesUnderWay: Number(row.under_way),
      lawsuitsClosed: Number(row.closed),
      lawsuitsOpen: Number(row.open),
      propertiesOnLoan: Number(row.on_loan),
    };
  }

  private async one(sql: string, parameters: unknown[]): Promise<Row> {
    const [row] = (await this.dormitories.query(sql, parameters)) as Row[];
    return row;
  }
}
