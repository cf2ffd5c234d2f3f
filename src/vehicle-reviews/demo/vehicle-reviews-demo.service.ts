import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AgenciesService } from '../../agencies/agencies.service';
import { TAIPEI_ZONE } from '../../common/time';
import { Actor, systemActor } from '../../identity/actor';
import { DecideLineDto, FileRequestLineDto } from '../dto/request-line.dto';
import { RequestLinesService } from '../request-lines.service';
import { ReviewDecisionsService } from '../review-decisions.service';
import { ReviewRoundsService } from '../review-rounds.service';

type DemoDecision = Omit<DecideLineDto, 'version'>;

/** Next year's requests of four agencies, some of them decided, as the office would have them mid-review. */
const DEMO_LINES: { agencyCode: string; line: FileRequestLineDto; decision?: DemoDecision }[] = [
  {
    agencyCode: 'FIRE',
    line: {
      kind: 'special_vehicle',
      purpose: '汰換逾齡水庫消防車',
      quantity: 2,
      unitPrice: 9_800_000,
      replacedPlate: 'KAQ-230',
      replacedAgeYears: 17,
      replacedKm: 186000,
      reason: '車齡逾17年，泵浦故障頻繁，影響救災勤務',
    },
    decision: { decision: 'approve', approvedAmount: 19_000_000 },
  },
  {
    agencyCode: 'POLICE',
    line: {
      kind: 'special_vehicle',
      purpose: '汰換逾齡巡邏警備車',
      quantity: 6,
      unitPrice: 1_450_000,
      replacedPlate: 'AB-1234',
      replacedAgeYears: 12,
      replacedKm: 320000,
      reason: '里程逾32萬公里，維修費用逐年增加',
    },
    decision: { decision: 'approve', approvedAmount: 8_400_000, approvedQuantity: 6 },
  },
  {
    agencyCode: 'POLICE',
    line: {
      kind: 'motorcycle',
      purpose: '汰換二行程巡邏機車為電動機車',
      quantity: 20,
      unitPrice: 98_000,
      replacedAgeYears: 9,
      replacedKm: 61000,
      reason: '配合綠色車隊政策，汰換逾齡二行程機車',
    },
  },
  {
    agencyCode: 'SOCIAL',
    line: {
      kind: 'car',
      purpose: '社工訪視用小客車',
      quantity: 1,
      unitPrice: 850_000,
      reason: '新增社工人力，外勤訪視需求增加',
    },
    decision: { decision: 'defer', reason: '移列下年度再議' },
  },
  {
    agencyCode: 'EDUCATION',
    line: {
      kind: 'lease_renewal',
      purpose: '公務小客車續租',
      quantity: 4,
      unitPrice: 216_000,
      reason: '租約於年底屆滿，業務持續需要',
    },
  },
  {
    agencyCode: 'FINANCE',
    line: {
      kind: 'car',
      purpose: '增購首長座車',
      quantity: 1,
      unitPrice: 1_800_000,
      reason: '現有座車堪用',
    },
    decision: { decision: 'reject', reason: '現有車輛堪用，不予增購' },
  },
];

/** Loads a pre-review round for next year's budget through the module's own use cases. */
@Injectable()
export class VehicleReviewsDemoService {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly rounds: ReviewRoundsService,
    private readonly lines: RequestLinesService,
    private readonly decisions: ReviewDecisionsService,
  ) {}

  async load(office: Actor): Promise<{ vehicleReviewLines: number }> {
    const today = DateTime.now().setZone(TAIPEI_ZONE);
    const round = await this.rounds.open(office, {
      budgetYear: today.year - 1911 + 1,
      deadline: today.plus({ days: 60 }).toISODate()!,
      ceilingAmount: 60_000_000,
    });
    const agencies = new Map(
      (await this.agencies.findByCodes(DEMO_LINES.map((demo) => demo.agencyCode))).map((agency) => [
        agency.code,
        agency,
      ]),
    );
    for (const { agencyCode, line, decision } of DEMO_LINES) {
      const filer = systemActor(agencies.get(agencyCode)!.id, 'seed-vehicle-reviews');
      const filed = await this.lines.file(filer, round.id, line);
      if (decision) await this.decisions.decide(office, filed.id, { ...decision, version: filed.version });
    }
    return { vehicleReviewLines: DEMO_LINES.length };
  }
}
