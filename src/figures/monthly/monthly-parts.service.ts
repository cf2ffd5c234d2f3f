import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConcurrencyLimit } from '../../common/concurrency/concurrency-limit';
import { MonthlyFigures } from '../../common/figures/figures-provider';
import { Period } from '../../common/time';
import { closedBefore, MonthSpan, monthSpans } from './month-spans';

interface KeptMonth {
  month: string;
  /** The month's change count now. */
  version: string;
  /** The change count the kept parts were counted at; null when none are kept. */
  keptVersion: string | null;
  partsVersion: number | null;
  parts: unknown;
}

/**
 * Closed months counted again at once, in the whole process. A year of stale months over a million
 * rows, counted all together, held every pooled connection for seconds: other requests (and the
 * rest of the same figures) waited past the pool's timeout and answered 503.
 */
export const MONTH_RECOUNT_CONCURRENCY = 2;

/**
 * The parts of a period's spans for one section: each closed month's kept parts when they are
 * still current, else counted now and kept; the open rest counted live.
 */
@Injectable()
export class MonthlyPartsService {
  private readonly recounts = new ConcurrencyLimit(MONTH_RECOUNT_CONCURRENCY);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async partsOf(section: string, monthly: MonthlyFigures, period: Period, now = new Date()): Promise<unknown[]> {
    const spans = monthSpans(period, closedBefore(now));
    const months = spans.flatMap((span) => (span.kept ? [span.month] : []));
    const kept = months.length ? await this.keptMonths(section, months) : new Map<string, KeptMonth>();
    return Promise.all(spans.map((span) => this.partsOfSpan(section, monthly, span, kept)));
  }

  /** The span's parts: a current kept month's at once, anything else once counted. */
  private partsOfSpan(
    section: string,
    monthly: MonthlyFigures,
    span: MonthSpan,
    kept: Map<string, KeptMonth>,
  ): unknown {
    if (!span.kept) return monthly.partsFor(span.span);
    const month = kept.get(span.month)!;
    if (month.keptVersion === month.version && month.partsVersion === monthly.partsVersion) return month.parts;
    // The version was read before counting: a write committing meanwhile moves it on, so these parts go stale, never wrong.
    return this.recounts.run(async () => {
      const parts = await monthly.partsFor(span.span);
      await this.keep(section, month.month, month.version, monthly.partsVersion, parts);
      return parts;
    });
  }

  private async keptMonths(section: string, months: string[]): Promise<Map<string, KeptMonth>> {
    const rows = (await this.dataSource.query(
      `SELECT m.month::text AS month, coalesce(c.version, 0)::text AS version, p.version::text AS "keptVersion",
              p.parts_version AS "partsVersion", p.parts
         FROM unnest($2::date[]) AS m(month)
         LEFT JOIN figure_month_changes c ON c.section = $1 AND c.month = m.month
         LEFT JOIN figure_month_parts p ON p.section = $1 AND p.month = m.month`,
      [section, months],
    )) as KeptMonth[];
    return new Map(rows.map((row) => [row.month, row]));
  }

  private async keep(section: string, month: string, version: string, partsVersion: number, parts: unknown) {
    await this.dataSource.query(
      `INSERT INTO figure_month_parts AS kept (section, month, version, parts_version, parts)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (section, month) DO UPDATE
          SET version = excluded.version, parts_version = excluded.parts_version, parts = excluded.parts, computed_at = now()
        WHERE kept.version <= excluded.version`,
      [section, month, version, partsVersion, JSON.stringify(parts)],
    );
  }
}
