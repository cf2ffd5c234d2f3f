import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-error';
import { FigureSnapshot, SnapshotSection } from './figure-snapshot.entity';
import { LabelledPeriod } from './figures-period';
import { FiguresProviders } from './figures-providers';
import { SentenceTemplatesService } from './sentences/sentence-templates.service';

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
  ) {}

  async compute(period: LabelledPeriod): Promise<FiguresReport> {
    const sections = await Promise.all(
      this.providers.all().map(async (provider) => ({
        key: provider.section.key,
        title: provider.section.title,
        figures: await this.sentences.render(await provider.figuresFor(period), period.words),
      })),
    );
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

  /** Computes and stores the period's figures, replacing an earlier snapshot of the same period. */
  async snapshot(period: LabelledPeriod): Promise<FigureSnapshot> {
    const report = await this.compute(period);
    await this.snapshots.upsert(
      {
        kind: report.kind,
        periodKey: report.periodKey,
        label: report.label,
        periodStart: report.periodStart,
        periodEnd: report.periodEnd,
        computedAt: report.computedAt,
        sections: report.sections as never,
      },
      { conflictPaths: ['kind', 'periodKey'] },
    );
    return this.snapshots.findOneByOrFail({ kind: report.kind, periodKey: report.periodKey });
  }

  listSnapshots(): Promise<FigureSnapshot[]> {
    return this.snapshots.find({
      order: { periodStart: 'DESC' },
      select: {
        id: true,
        kind: true,
        periodKey: true,
        label: true,
        periodStart: true,
        periodEnd: true,
        computedAt: true,
      },
    });
  }

  async getSnapshot(id: string): Promise<FigureSnapshot> {
    const snapshot = await this.snapshots.findOneBy({ id });
    if (!snapshot) throw new NotFoundError('figure_snapshot', id);
    return snapshot;
  }
}
