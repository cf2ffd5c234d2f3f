import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service';
import { toAttachmentView } from '../maintenance/attachments/dto/attachment.dto';
import { RequestLineView } from './dto/request-line.dto';
import { RankingRules } from './ranking/ranking-rules';
import { agencyGroupLabel, agencyGroupOf, compareRanked, rankOf } from './ranking/request-ranking';
import { VehicleRequestAttachment } from './vehicle-request-attachment.entity';
import { VehicleRequestLine } from './vehicle-request-line.entity';
import { REQUEST_LINE_STATE_LABELS, VEHICLE_REQUEST_KIND_LABELS } from './vehicle-review-kinds';

type Agency = Awaited<ReturnType<AgenciesService['get']>>;

/** Request lines as the pages show them: with the agency, its group, the rank and the attachments. */
@Injectable()
export class RequestLineViews {
  constructor(
    @InjectRepository(VehicleRequestAttachment) private readonly attachments: Repository<VehicleRequestAttachment>,
    private readonly agencies: AgenciesService,
    private readonly rules: RankingRules,
  ) {}

  /** The views in review order: the ranking rules' order, then the oldest replaced vehicle first. */
  async ranked(lines: VehicleRequestLine[]): Promise<RequestLineView[]> {
    const agencies = await this.agenciesOf(lines);
    const files = lines.length
      ? await this.attachments.find({
          where: { lineId: In(lines.map((line) => line.id)) },
          order: { createdAt: 'ASC' },
        })
      : [];
    return lines.map((line) => this.view(line, agencies.get(line.agencyId)!, files)).sort(compareRanked);
  }

  async one(line: VehicleRequestLine): Promise<RequestLineView> {
    const [view] = await this.ranked([line]);
    return view;
  }

  private view(line: VehicleRequestLine, agency: Agency, files: VehicleRequestAttachment[]): RequestLineView {
    const rank = rankOf(this.rules, { ...line, agencyCode: agency.code });
    const group = agencyGroupOf(this.rules, agency.code);
    return {
      id: line.id,
      roundId: line.roundId,
      agencyId: line.agencyId,
      kind: line.kind,
      purpose: line.purpose,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      requestedAmount: line.requestedAmount,
      replacedPlate: line.replacedPlate,
      replacedAgeYears: line.replacedAgeYears,
      replacedKm: line.replacedKm,
      reason: line.reason,
      state: line.state,
      approvedAmount: line.approvedAmount,
      approvedQuantity: line.approvedQuantity,
      decisionReason: line.decisionReason,
      decidedAt: line.decidedAt,
      createdAt: line.createdAt,
      version: line.version,
      agencyName: agency.name,
      agencyGroup: group,
      agencyGroupLabel: agencyGroupLabel(this.rules, group),
      kindLabel: VEHICLE_REQUEST_KIND_LABELS[line.kind],
      stateLabel: REQUEST_LINE_STATE_LABELS[line.state],
      rank: rank.rank,
      rankLabel: rank.label,
      overAge: rank.overAge,
      attachments: files.filter((file) => file.lineId === line.id).map(toAttachmentView),
    };
  }

  private async agenciesOf(lines: VehicleRequestLine[]): Promise<Map<string, Agency>> {
    const ids = [...new Set(lines.map((line) => line.agencyId))];
    const agencies = await Promise.all(ids.map((id) => this.agencies.get(id)));
    return new Map(agencies.map((agency) => [agency.id, agency]));
  }
}
