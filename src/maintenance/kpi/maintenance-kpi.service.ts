import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { firstTaipeiYear } from '../../common/figures/first-year';
import { Period } from '../../common/time';
import { OCCURRENCE_SOURCE_MODULE } from '../obligations/obligation-kinds';
import { MaintenanceTicket } from '../tickets/maintenance-ticket.entity';
import { KpiGroup, KpiReportView, KpiRowView } from './dto/kpi.dto';

const GROUP_COLUMNS: Record<KpiGroup, string> = { center: 'site_id', trade: 'trade_code', agency: 'agency_id' };

/**
 * What the yearly figures count of the tickets in one span, so that a year is the sum of its
 * months: flows by the instant in the span, `openAtEnd` (the backlog) at the span's end.
 */
export interface TicketFigureParts {
  /** 受理案件: requests filed by (or for) an agency's staff. */
  agencyRequests: number;
  /** Work orders of statutory obligations (inspections, fire drills). */
  obligationWorkOrders: number;
  /** Repairs opened from dormitory patrol findings. */
  dormitoryRepairs: number;
  closed: number;
  resolved: number;
  /** Of `resolved`, those resolved by their due time: the SLA compliance is their ratio over the whole period. */
  resolvedInTime: number;
  openAtEnd: number;
}

const IN_SPAN = (column: string) => `(${column} >= $1 AND ${column} < $2)`;

/**
 * Each count of the parts. The flows read the tickets filed, resolved or closed in the span (three
 * index ranges); the backlog, the tickets open at the span's end, is a stabbing query on the GiST index
 * of their open spans (migration TicketFigureIndexes): OR'd into the same WHERE it made every month a
 * scan of all the tickets filed before it. The figures module's trigger on this table (migration
 * FigureMonthParts) marks the months from a ticket's earliest to its latest instant changed, the open
 * ones up to now: keep the two in step when a count reads another column.
 */
const TICKET_FIGURE_PARTS_SQL = `
  SELECT count(*) FILTER (WHERE ${IN_SPAN('created_at')} AND source_module IS NULL)::int AS "agencyRequests",
         count(*) FILTER (WHERE ${IN_SPAN('created_at')} AND source_module = $3)::int AS "obligationWorkOrders",
         count(*) FILTER (WHERE ${IN_SPAN('created_at')} AND source_module = 'dormitories')::int AS "dormitoryRepairs",
         count(*) FILTER (WHERE status = 'closed' AND ${IN_SPAN('closed_at')})::int AS closed,
         count(*) FILTER (WHERE ${IN_SPAN('resolved_at')})::int AS resolved,
         count(*) FILTER (WHERE ${IN_SPAN('resolved_at')} AND resolved_at <= resolution_due_at)::int AS "resolvedInTime",
         (SELECT count(*)::int FROM maintenance_tickets
           WHERE maintenance_ticket_open_span(created_at, resolved_at, closed_at) @> $2::timestamptz) AS "openAtEnd"
    FROM maintenance_tickets
   WHERE ${IN_SPAN('created_at')} OR ${IN_SPAN('closed_at')} OR ${IN_SPAN('resolved_at')}`;

interface KpiSqlRow {
  key: string;
  received: string;
  closed: string;
  resolved: string;
  backlog_7: string;
  backlog_30: string;
  backlog_90: string;
  backlog_over: string;
  mean_response: number | null;
  median_response: number | null;
  mean_resolution: number | null;
  median_resolution: number | null;
  resolved_in_time: string;
  reopened_closed: string;
  cost: string | null;
}

export const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);
const minutes = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * One row per group plus the ROLLUP total. Only tickets alive during the period are read: filed
 * before its end and not finished before its start. A backlog ticket's age is taken at the period's
 * end, or now ($3) when the period ends in the future: a ticket filed today is not 90 days old.
 */
function kpiSql(column: string): string {
  return `
    SELECT CASE WHEN GROUPING(g.key) = 1 THEN 'total' ELSE coalesce(g.key, 'none') END AS key,
      count(*) FILTER (WHERE g.created_at >= $1) AS received,
      count(*) FILTER (WHERE g.status = 'closed' AND g.closed_at >= $1 AND g.closed_at < $2) AS closed,
      count(*) FILTER (WHERE g.resolved_in_period) AS resolved,
      count(*) FILTER (WHERE g.open_at_end AND g.age_days <= 7) AS backlog_7,
      count(*) FILTER (WHERE g.open_at_end AND g.age_days > 7 AND g.age_days <= 30) AS backlog_30,
      count(*) FILTER (WHERE g.open_at_end AND g.age_days > 30 AND g.age_days <= 90) AS backlog_90,
      count(*) FILTER (WHERE g.open_at_end AND g.age_days > 90) AS backlog_over,
      avg(g.response_minutes) FILTER (WHERE g.responded_at >= $1 AND g.responded_at < $2) AS mean_response,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY g.response_minutes) FILTER (WHERE g.responded_at >= $1 AND g.responded_at < $2) AS median_response,
      avg(g.resolution_minutes) FILTER (WHERE g.resolved_in_period) AS mean_resolution,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY g.resolution_minutes) FILTER (WHERE g.resolved_in_period) AS median_resolution,
      count(*) FILTER (WHERE g.resolved_in_period AND g.resolved_at <= g.resolution_due_at) AS resolved_in_time,
      count(*) FILTER (WHERE g.status = 'closed' AND g.closed_at >= $1 AND g.closed_at < $2 AND g.reopen_count > 0) AS reopened_closed,
      sum(cost.amount) FILTER (WHERE g.status = 'closed' AND g.closed_at >= $1 AND g.closed_at < $2) AS cost
    FROM (
      SELECT t.*, t.${column}::text AS key,
        extract(epoch FROM t.responded_at - t.created_at) / 60 AS response_minutes,
        extract(epoch FROM t.resolved_at - t.created_at) / 60 AS resolution_minutes,
        (t.resolved_at >= $1 AND t.resolved_at < $2) AS resolved_in_period,
        ((t.resolved_at IS NULL OR t.resolved_at >= $2) AND (t.closed_at IS NULL OR t.closed_at >= $2)) AS open_at_end,
        extract(epoch FROM least($2::timestamptz, $3::timestamptz) - t.created_at) / 86400 AS age_days
      FROM maintenance_tickets t
      WHERE t.created_at < $2 AND (t.closed_at IS NULL OR t.closed_at >= $1)
    ) g
    LEFT JOIN LATERAL (SELECT sum(c.amount) AS amount FROM maintenance_ticket_cost_lines c WHERE c.ticket_id = g.id) cost ON true
    GROUP BY ROLLUP (g.key)
    ORDER BY GROUPING(g.key), g.key`;
}

function toRow(row: KpiSqlRow): KpiRowView {
  const closed = Number(row.closed);
  const resolved = Number(row.resolved);
  return {
    key: row.key,
    received: Number(row.received),
    closed,
    resolved,
    backlog: {
      upTo7Days: Number(row.backlog_7),
      upTo30Days: Number(row.backlog_30),
      upTo90Days: Number(row.backlog_90),
      over90Days: Number(row.backlog_over),
    },
    meanResponseMinutes: minutes(row.mean_response),
    medianResponseMinutes: minutes(row.median_response),
    meanResolutionMinutes: minutes(row.mean_resolution),
    medianResolutionMinutes: minutes(row.median_resolution),
    slaCompliancePercent: percent(Number(row.resolved_in_time), resolved),
    reopenRatePercent: percent(Number(row.reopened_closed), closed),
    cost: Number(row.cost ?? 0),
  };
}

/** KPIs of the maintenance service for any period, by center, trade or agency. */
@Injectable()
export class MaintenanceKpiService {
  constructor(@InjectRepository(MaintenanceTicket) private readonly tickets: Repository<MaintenanceTicket>) {}

  async report(period: Period, groupBy: KpiGroup): Promise<KpiReportView> {
    const parameters = [period.start, period.end, new Date()];
    const rows = (await this.tickets.query(kpiSql(GROUP_COLUMNS[groupBy]), parameters)) as KpiSqlRow[];
    return { start: period.start, end: period.end, groupBy, rows: rows.map(toRow) };
  }

  /** The yearly figures' ticket counts of one span (a month, or the live rest of a period). */
  async figureParts(span: Period): Promise<TicketFigureParts> {
    const [row] = (await this.tickets.query(TICKET_FIGURE_PARTS_SQL, [
      span.start,
      span.end,
      OCCURRENCE_SOURCE_MODULE,
    ])) as TicketFigureParts[];
    return row;
  }

  /** The Taipei year of the earliest ticket, or null when there is none. */
  firstYearWithCases(): Promise<number | null> {
    return firstTaipeiYear(this.tickets, 'maintenance_tickets', 'created_at');
  }
}
