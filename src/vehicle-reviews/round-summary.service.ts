import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service';
import { FigureCount } from '../common/figures/figures-provider';
import { SentenceTemplatesService } from '../figures/sentences/sentence-templates.service';
import { GroupSummaryView, KindSummaryView, RoundSummaryView } from './dto/round-summary.dto';
import { RankingRules } from './ranking/ranking-rules';
import { agencyGroupLabel, agencyGroupOf, OTHERS_GROUP } from './ranking/request-ranking';
import { toRoundView } from './review-rounds.service';
import { inTenThousands, percentOf } from './ten-thousands';
import { VehicleRequestLine } from './vehicle-request-line.entity';
import { VEHICLE_REQUEST_KIND_LABELS, VEHICLE_REQUEST_KINDS, VehicleRequestKind } from './vehicle-review-kinds';
import { VehicleReviewRound } from './vehicle-review-round.entity';

interface KindRow {
  kind: VehicleRequestKind;
  lines: number;
  requestedQuantity: number;
  requestedAmount: string;
  approvedQuantity: number;
  approvedAmount: string;
}

interface AgencyRow {
  agencyId: string;
  approvedQuantity: number;
  approvedAmount: string;
}

/** The figure of one round, printed by the `vehicle_reviews.approved` sentence. */
export function roundFigure(budgetYear: number, byKind: KindSummaryView[]): FigureCount {
  const approvedOf = (kind: VehicleRequestKind) => byKind.find((row) => row.kind === kind)!.approvedQuantity;
  return {
    key: `vehicle_reviews.approved.${budgetYear}`,
    template: 'vehicle_reviews.approved',
    label: `${budgetYear}年度購置公務車輛先期審查核列`,
    value: byKind.reduce((sum, row) => sum + row.approvedQuantity, 0),
    unit: '輛',
    params: {
      budgetYear: String(budgetYear),
      cars: approvedOf('car'),
      motorcycles: approvedOf('motorcycle'),
      specialVehicles: approvedOf('special_vehicle'),
      leaseRenewals: approvedOf('lease_renewal'),
      amount: inTenThousands(byKind.reduce((sum, row) => sum + row.approvedAmount, 0)),
    },
  };
}

/**
 * A round's outcome: counts and amounts by kind, the purchases' shares by agency group (lease
 * renewals apart, as the report states them) and the report's sentence.
 */
@Injectable()
export class RoundSummaryService {
  constructor(
    @InjectRepository(VehicleRequestLine) private readonly lines: Repository<VehicleRequestLine>,
    private readonly agencies: AgenciesService,
    private readonly rules: RankingRules,
    private readonly sentences: SentenceTemplatesService,
  ) {}

  async summary(round: VehicleReviewRound): Promise<RoundSummaryView> {
    const byKind = await this.byKind(round.id);
    const figure = roundFigure(round.budgetYear, byKind);
    const [{ sentence }] = await this.sentences.render([figure], {
      rocYear: round.budgetYear,
      period: `${round.budgetYear}年度`,
      periodYear: `${round.budgetYear}年`,
    });
    const approvedAmount = byKind.reduce((sum, row) => sum + row.approvedAmount, 0);
    return {
      round: toRoundView(round),
      byKind,
      byGroup: await this.byGroup(round.id),
      approvedQuantity: figure.value,
      approvedAmount,
      approvedAmountInTenThousands: inTenThousands(approvedAmount),
      sentence,
    };
  }

  async byKind(roundId: string): Promise<KindSummaryView[]> {
    const rows = (await this.lines.query(
      `SELECT kind, count(*)::int AS lines, sum(quantity)::int AS "requestedQuantity",
              sum(requested_amount) AS "requestedAmount",
              coalesce(sum(approved_quantity), 0)::int AS "approvedQuantity",
              coalesce(sum(approved_amount), 0) AS "approvedAmount"
         FROM vehicle_request_lines WHERE round_id = $1 GROUP BY kind`,
      [roundId],
    )) as KindRow[];
    return VEHICLE_REQUEST_KINDS.map((kind) => {
      const row = rows.find((candidate) => candidate.kind === kind);
      return {
        kind,
        label: VEHICLE_REQUEST_KIND_LABELS[kind],
        lines: row?.lines ?? 0,
        requestedQuantity: row?.requestedQuantity ?? 0,
        requestedAmount: Number(row?.requestedAmount ?? 0),
        approvedQuantity: row?.approvedQuantity ?? 0,
        approvedAmount: Number(row?.approvedAmount ?? 0),
      };
    });
  }

  private async byGroup(roundId: string): Promise<GroupSummaryView[]> {
    const rows = (await this.lines.query(
      `SELECT agency_id AS "agencyId", sum(approved_quantity)::int AS "approvedQuantity", sum(approved_amount) AS "approvedAmount"
         FROM vehicle_request_lines
        WHERE round_id = $1 AND state = 'approved' AND kind <> 'lease_renewal' GROUP BY agency_id`,
      [roundId],
    )) as AgencyRow[];
    const groups = [...this.rules.agencyGroups.map((group) => group.key), OTHERS_GROUP].map((group) => ({
      group,
      label: agencyGroupLabel(this.rules, group),
      approvedQuantity: 0,
      approvedAmount: 0,
    }));
    for (const row of rows) {
      const agency = await this.agencies.get(row.agencyId);
      const total = groups.find((group) => group.group === agencyGroupOf(this.rules, agency.code))!;
      total.approvedQuantity += row.approvedQuantity;
      total.approvedAmount += Number(row.approvedAmount);
    }
    const purchases = groups.reduce((sum, group) => sum + group.approvedAmount, 0);
    return groups.map((group) => ({ ...group, sharePercent: percentOf(group.approvedAmount, purchases) }));
  }
}
