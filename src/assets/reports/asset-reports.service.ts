import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Period, taipeiDate } from '../../common/time';
import { AssetKind } from '../register/asset-classification';
import { MovementKind } from '../register/asset-lifecycle';
import { AssetFigures, CategoryChangeRow, CountAndValue } from './dto/asset-report.dto';

/** Which assets count in each column of the change report; $1 and $2 are the period's first and end (exclusive) dates. */
export const MEASURES = {
  opening: 'acquisition_date < $1 AND (disposed_on IS NULL OR disposed_on >= $1)',
  added: 'acquisition_date >= $1 AND acquisition_date < $2',
  writtenOff: 'disposed_on >= $1 AND disposed_on < $2',
  closing: 'acquisition_date < $2 AND (disposed_on IS NULL OR disposed_on >= $2)',
} as const;
export type Measure = keyof typeof MEASURES;

const measureColumns = (names: Measure[]) =>
  names
    .map(
      (name) =>
        `count(*) FILTER (WHERE ${MEASURES[name]})::int AS "${name}Count", coalesce(sum(acquisition_cost) FILTER (WHERE ${MEASURES[name]}), 0)::float8 AS "${name}Value"`,
    )
    .join(',\n');

export const MEASURE_COLUMNS = measureColumns(Object.keys(MEASURES) as Measure[]);

export type ChangeRow = { kind: AssetKind; categoryCode: string } & Record<
  `${Measure}Count` | `${Measure}Value`,
  number
>;

/**
 * Statistics of the register: the per-category additions and write-offs that go to the
 * government property system, and the property figures of the yearly report. Additions count
 * by acquisition date, write-offs by the date of the movement; both are Taipei calendar dates.
 */
@Injectable()
export class AssetReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async changesByCategory(period: Period): Promise<CategoryChangeRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT kind, category_code AS "categoryCode", ${MEASURE_COLUMNS}
         FROM assets
        WHERE acquisition_date < $2 AND (disposed_on IS NULL OR disposed_on >= $1)
        GROUP BY kind, category_code
        ORDER BY kind DESC, category_code`,
      this.dateBounds(period),
    )) as ChangeRow[];
    return rows.map((row) => ({
      kind: row.kind,
      categoryCode: row.categoryCode,
      ...(Object.fromEntries(
        Object.keys(MEASURES).map((name) => [name, this.countAndValue(row, name as Measure)]),
      ) as Record<Measure, CountAndValue>),
    }));
  }

  /** The property figures for any period (half-open), for the yearly figures module. */
  async figuresFor(period: Period): Promise<AssetFigures> {
    const bounds = this.dateBounds(period);
    // Only the period's additions and write-offs: two index ranges, not every asset alive in it.
    const [changes] = (await this.dataSource.query(
      `SELECT ${measureColumns(['added', 'writtenOff'])} FROM assets WHERE (${MEASURES.added}) OR (${MEASURES.writtenOff})`,
      bounds,
    )) as ChangeRow[];
    const movements = (await this.dataSource.query(
      `SELECT kind, count(*)::int AS count, coalesce(sum(proceeds), 0)::float8 AS proceeds
         FROM asset_movements WHERE occurred_on >= $1 AND occurred_on < $2 GROUP BY kind`,
      bounds,
    )) as { kind: MovementKind; count: number; proceeds: number }[];
    const [stocktakes] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM asset_stocktakes WHERE status = 'closed' AND closed_at >= $1 AND closed_at < $2`,
      [period.start, period.end],
    )) as { count: number }[];
    const movement = (kind: MovementKind) => movements.find((row) => row.kind === kind) ?? { count: 0, proceeds: 0 };
    return {
      added: this.countAndValue(changes, 'added'),
      writtenOff: this.countAndValue(changes, 'writtenOff'),
      transfers: { count: movement('transfer').count },
      donations: { count: movement('donation').count },
      sales: { count: movement('sale').count, proceeds: movement('sale').proceeds },
      scrapped: { count: movement('scrap').count },
      stocktakesCompleted: stocktakes.count,
    };
  }

  private countAndValue(row: ChangeRow, measure: Measure): CountAndValue {
    return { count: row[`${measure}Count`], value: row[`${measure}Value`] };
  }

  private dateBounds(period: Period): [string, string] {
    return [taipeiDate(period.start), taipeiDate(period.end)];
  }
}
