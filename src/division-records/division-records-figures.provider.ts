import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FigureCount, FiguresProvider, ProvidesFigures } from '../common/figures/figures-provider';
import { perCenterFigures } from '../common/figures/per-center-figures';
import { ReportReads } from '../common/figures/report-reads';
import { Period, taipeiDate } from '../common/time';
import { LocationsService } from '../locations/locations.service';
import { DivisionRecordKind } from './division-record-kinds';
import { DivisionRecord } from './division-record.entity';

interface CountRow {
  kind: DivisionRecordKind;
  siteId: string;
  held: number;
  attendance: number;
}

/**
 * 一般行政: the cleaning and greening evaluations of each center and the civil-defence training
 * sessions with their attendance, counted by the Taipei date they were held.
 */
@Injectable()
@ProvidesFigures()
export class DivisionRecordsFiguresProvider implements FiguresProvider {
  readonly section = { key: 'division', title: '一般行政', order: 60 };

  constructor(
    @InjectRepository(DivisionRecord) private readonly records: Repository<DivisionRecord>,
    private readonly locations: LocationsService,
  ) {}

  async figuresFor(period: Period, reads = new ReportReads()): Promise<FigureCount[]> {
    const rows = (await this.records.query(
      `SELECT kind, site_id AS "siteId", count(*)::int AS held, coalesce(sum(attendance), 0)::int AS attendance
         FROM division_records WHERE held_on >= $1 AND held_on < $2 GROUP BY kind, site_id`,
      [taipeiDate(period.start), taipeiDate(period.end)],
    )) as CountRow[];
    const ofKind = (kind: DivisionRecordKind) => rows.filter((row) => row.kind === kind);
    const trainings = ofKind('civil_defence_training');
    return [
      ...(await this.perCenter(ofKind('cleaning_greening_evaluation'), reads)),
      {
        key: 'division.civil_defence_training',
        label: '防護團講習',
        value: trainings.reduce((sum, row) => sum + row.held, 0),
        unit: '場次',
        params: { attendance: trainings.reduce((sum, row) => sum + row.attendance, 0) },
      },
    ];
  }

  private async perCenter(rows: CountRow[], reads: ReportReads): Promise<FigureCount[]> {
    const heldAt = new Map(rows.map((row) => [row.siteId, row.held]));
    const sites = rows.length ? await this.locations.sites(reads) : [];
    return perCenterFigures(
      { key: 'division.cleaning_greening', label: '環境清潔及綠美化績效考評', unit: '次' },
      sites
        .filter((site) => heldAt.has(site.id))
        .map((site) => ({ code: site.code, name: site.name, count: heldAt.get(site.id)! })),
    );
  }
}
