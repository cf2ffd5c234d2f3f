import { Injectable } from '@nestjs/common';
import { FigureCount, FiguresProvider, MonthlyFigures, ProvidesFigures } from '../common/figures/figures-provider';
import { perCenterFigures } from '../common/figures/per-center-figures';
import { ReportReads } from '../common/figures/report-reads';
import { sumCounts } from '../common/figures/sum-counts';
import { Period } from '../common/time';
import { LocationsService, SiteName } from '../locations/locations.service';
import { MaintenanceKpiService, percent, TicketFigureParts } from './kpi/maintenance-kpi.service';
import { ObligationFiguresService } from './obligations/obligation-figures.service';

/**
 * 廳舍管理維護: the agencies' repair requests received (受理案件), counted apart from the work
 * orders the service opens itself (statutory obligations, dormitory patrol repairs), and the
 * statutory work done, fire-brigade drills per center. The ticket counts compose from months
 * (cases and closures are flows, the backlog is the last month's, the SLA compliance a ratio of
 * sums); the statutory work is a small table, counted live for the whole period.
 */
@Injectable()
@ProvidesFigures()
export class MaintenanceFiguresProvider implements FiguresProvider {
  readonly section = { key: 'maintenance', title: '廳舍管理維護', order: 10 };

  readonly monthly: MonthlyFigures<TicketFigureParts> = {
    partsVersion: 1,
    partsFor: (span) => this.kpis.figureParts(span),
    compose: (parts, period, reads) => this.compose(parts, period, reads),
  };

  constructor(
    private readonly kpis: MaintenanceKpiService,
    private readonly obligations: ObligationFiguresService,
    private readonly locations: LocationsService,
  ) {}

  async figuresFor(period: Period, reads = new ReportReads()): Promise<FigureCount[]> {
    return this.compose([await this.kpis.figureParts(period)], period, reads);
  }

  private async compose(parts: TicketFigureParts[], period: Period, reads: ReportReads): Promise<FigureCount[]> {
    const [obligations, sites] = await Promise.all([this.obligations.figuresFor(period), this.locations.sites(reads)]);
    const tickets = sumCounts(parts);
    const slaCompliancePercent = percent(tickets.resolvedInTime, tickets.resolved);
    const figures: FigureCount[] = [
      { key: 'maintenance.received', label: '受理案件', value: tickets.agencyRequests, unit: '件' },
      {
        key: 'maintenance.work_orders',
        label: '法定定期作業派工',
        value: tickets.obligationWorkOrders,
        unit: '件',
      },
      { key: 'maintenance.dormitory_repairs', label: '宿舍巡查報修', value: tickets.dormitoryRepairs, unit: '件' },
      { key: 'maintenance.closed', label: '結案案件', value: tickets.closed, unit: '件' },
      { key: 'maintenance.backlog', label: '期末未結案件', value: parts[parts.length - 1].openAtEnd, unit: '件' },
      {
        key: 'maintenance.statutory_inspections',
        label: '完成法定設備檢查申報',
        value: obligations.statutoryInspectionsCompleted,
        unit: '件',
      },
      ...this.fireDrills(sites, obligations.fireDrillsBySite),
    ];
    if (slaCompliancePercent !== null) {
      figures.push({
        key: 'maintenance.sla_compliance',
        label: '時限內完修比率',
        value: slaCompliancePercent,
        unit: '%',
      });
    }
    return figures;
  }

  async firstYearWithData(): Promise<number | null> {
    return this.kpis.firstYearWithCases();
  }

  /** The drills of each center that held one, in the order of the location tree. */
  private fireDrills(sites: SiteName[], bySite: Record<string, number>): FigureCount[] {
    return perCenterFigures(
      { key: 'maintenance.fire_drills', label: '自衛消防編組訓練', unit: '次' },
      sites
        .filter((site) => site.id in bySite)
        .map((site) => ({ code: site.code, name: site.name, count: bySite[site.id] })),
    );
  }
}
