import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotFoundError } from '../common/errors/domain-error';
import { FigureCount, FiguresProvider } from '../common/figures/figures-provider';
import { ReportReads } from '../common/figures/report-reads';
import { Period } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../identity/actor';
import { FigureSnapshot, SnapshotSection } from './figure-snapshot.entity';
import { LabelledPeriod } from './figures-period';
import { FiguresProviders } from './figures-providers';
import { MonthlyPartsService } from './monthly/monthly-parts.service';
import { SentenceTemplatesService } from './sentences/sentence-templates.service';

/** `computedByName` of a snapshot the scheduled job took. */
const SCHEDULE = '排程';

const WITHOUT_SECTIONS = {
  id: true,
  kind: true,
  periodKey: true,
  label: true,
  periodStart: true,
  periodEnd: true,
  computedAt: true,
  computedByUserId: true,
  computedByName: true,
  supersededAt: true,
} as const;

export interface FiguresReport {
  kind: LabelledPeriod['kind'];
  periodKey: string;
  label: string;
  periodStart: Date;
  periodEnd: Date;
  computedAt: Date;
  sections: SnapshotSection[];
}

/**
 * The general-administration figures (一般行政 施政績效) for a year, a month or a council
 * session, counted from every module's data through that module's service.
 */
@Injectable()
export class FiguresService {
  constructor(
    private readonly providers: FiguresProviders,
    private readonly sentences: SentenceTemplatesService,
    @InjectRepository(FigureSnapshot) private readonly snapshots: Repository<FigureSnapshot>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly monthlyParts: MonthlyPartsService,
  ) {}

  async compute(period: LabelledPeriod): Promise<FiguresReport> {
    const providers = this.providers.all();
    const reads = new ReportReads();
    const [render, counts] = await Promise.all([
      this.sentences.renderer(period.words),
      Promise.all(providers.map((provider) => this.countsOf(provider, period, reads))),
    ]);
    const sections = providers.map((provider, index) => ({
      key: provider.section.key,
      title: provider.section.title,
      figures: render(counts[index]),
    }));
    return {
      kind: period.kind,
      periodKey: period.key,
      label: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      computedAt: new Date(),
      sections,
    };
  }

  /** Every section's counts of a period, without the sentences. */
  async counts(period: Period): Promise<FigureCount[]> {
    const reads = new ReportReads();
    return (await Promise.all(this.providers.all().map((provider) => this.countsOf(provider, period, reads)))).flat();
  }

  /** A section's figures: from its closed months' kept parts and the rest live, when they compose from months. */
  private async countsOf(provider: FiguresProvider, period: Period, reads: ReportReads): Promise<FigureCount[]> {
    if (!provider.monthly) return provider.figuresFor(period, reads);
    const parts = await this.monthlyParts.partsOf(provider.section.key, provider.monthly, period);
    return provider.monthly.compose(parts, period, reads);
  }

  /**
   * Computes and stores the period's figures as its current snapshot. An earlier snapshot of the
   * period stays as history, marked superseded; `actor` is who asked (none for the timer).
   */
  async snapshot(period: LabelledPeriod, actor?: Actor): Promise<FigureSnapshot> {
    const report = await this.compute(period);
    return this.transactions.run(async (manager) => {
      // Recomputes of one period queue here, so each supersedes the one committed before it.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `figure_snapshots:${period.kind}:${period.key}`,
      ]);
      const superseded = (await manager.query(
        `UPDATE figure_snapshots SET superseded_at = now() WHERE kind = $1 AND period_key = $2 AND superseded_at IS NULL RETURNING id`,
        [period.kind, period.key],
      )) as [{ id: string }[], number];
      const saved = await manager.save(
        FigureSnapshot,
        manager.create(FigureSnapshot, {
          kind: report.kind,
          periodKey: report.periodKey,
          label: report.label,
          periodStart: report.periodStart,
          periodEnd: report.periodEnd,
          computedAt: report.computedAt,
          computedByUserId: actor?.userId ?? null,
          computedByName: actor?.displayName ?? SCHEDULE,
          sections: report.sections,
        }),
      );
      if (actor) {
        const replaced = superseded[0][0]?.id ?? null;
        await this.audit.record(manager, actor, {
          entityType: 'figure_snapshot',
          entityId: saved.id,
          action: replaced ? 'recompute' : 'compute',
          after: { kind: saved.kind, periodKey: saved.periodKey, replacedSnapshotId: replaced },
        });
      }
      return saved;
    });
  }

  /** The current snapshot of each period, newest period first, without the sections. */
  listSnapshots(): Promise<FigureSnapshot[]> {
    return this.snapshots.find({
      where: { supersededAt: IsNull() },
      order: { periodStart: 'DESC' },
      select: WITHOUT_SECTIONS,
    });
  }

  /** Every snapshot of a period, the current one first, then what it replaced. */
  history(period: LabelledPeriod): Promise<FigureSnapshot[]> {
    return this.snapshots.find({
      where: { kind: period.kind, periodKey: period.key },
      order: { computedAt: 'DESC' },
      select: WITHOUT_SECTIONS,
    });
  }

  async getSnapshot(id: string): Promise<FigureSnapshot> {
    const snapshot = await this.snapshots.findOneBy({ id });
    if (!snapshot) throw new NotFoundError('figure_snapshot', id);
    return snapshot;
  }
}
