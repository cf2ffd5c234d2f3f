import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { taipeiDate } from '../../../common/time';
import { AppConfig } from '../../../config/app-config.schema';
import { ScheduledJob } from '../../../jobs/scheduled-job';
import { FLEET_RULES } from '../../fleet.constants';

const DAY = 24 * 3_600_000;

/** A date column written as users read it, in ROC years: `115年3月5日`. */
const ROC_DATE = (column: string) =>
  `format('%s年%s月%s日', extract(year FROM ${column})::int - 1911, extract(month FROM ${column})::int, extract(day FROM ${column})::int)`;

/** Every due item up to $1 (a date) or within $2 km of a distance service; one row per (kind, subject, due key). */
const DUE_ITEMS = `
  SELECT 'insurance' AS kind, id AS subject_id, insurance_expires_on::text AS due_key, format('車輛 %s 保險於 %s 到期', plate, ${ROC_DATE('insurance_expires_on')}) AS message
    FROM fleet_vehicles WHERE status <> 'retired' AND insurance_expires_on <= $1::date
  UNION ALL
  SELECT 'inspection', id, inspection_due_on::text, format('車輛 %s 定期檢驗於 %s 到期', plate, ${ROC_DATE('inspection_due_on')})
    FROM fleet_vehicles WHERE status <> 'retired' AND inspection_due_on <= $1::date
  UNION ALL
  SELECT 'service_date', id, due::text, format('車輛 %s 保養於 %s 到期', plate, ${ROC_DATE('due')})
    FROM (SELECT id, plate, (last_service_on + make_interval(months => service_interval_months))::date AS due
            FROM fleet_vehicles WHERE status <> 'retired' AND last_service_on IS NOT NULL AND service_interval_months IS NOT NULL) service
   WHERE due <= $1::date
  UNION ALL
  SELECT 'service_distance', id, due_km::text, format('車輛 %s 里程達 %s 公里需保養（目前 %s 公里）', plate, due_km, odometer_km)
    FROM (SELECT id, plate, odometer_km, last_service_odometer_km + service_interval_km AS due_km
            FROM fleet_vehicles WHERE status <> 'retired' AND last_service_odometer_km IS NOT NULL AND service_interval_km IS NOT NULL) service
   WHERE odometer_km >= due_km - $2::int
  UNION ALL
  SELECT 'licence', id, licence_expires_on::text, format('駕駛 %s 駕照於 %s 到期', display_name, ${ROC_DATE('licence_expires_on')})
    FROM fleet_drivers WHERE active AND licence_expires_on <= $1::date`;

/**
 * Each morning, tells the dispatcher which insurance, inspections, services and driving licences
 * fall due within the warning window. An item is announced once: the warnings table's unique key
 * turns a repeat into a no-op, so re-runs and overlapping windows never repeat a warning.
 */
@Injectable()
export class FleetDueWarningsJob implements ScheduledJob {
  readonly name = 'fleet.due-warnings';
  readonly cron = '0 0 7 * * *';
  readonly period = 'day' as const;
  readonly description = '公務車保險、檢驗、保養及駕照到期提醒';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async run(at: Date): Promise<Record<string, unknown>> {
    const until = taipeiDate(new Date(at.getTime() + this.config.fleet.dueWarningDays * DAY));
    const rows: { kind: string }[] = await this.dataSource.query(
      `INSERT INTO fleet_warnings (kind, subject_id, due_key, message)
       ${DUE_ITEMS}
       ON CONFLICT ON CONSTRAINT uq_fleet_warnings_kind_subject_due DO NOTHING
       RETURNING kind`,
      [until, FLEET_RULES.serviceWarningKm],
    );
    const byKind: Record<string, number> = {};
    for (const row of rows) byKind[row.kind] = (byKind[row.kind] ?? 0) + 1;
    return { until, warned: rows.length, byKind };
  }
}
