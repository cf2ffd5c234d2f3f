import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { taipeiDate } from '../../common/time';
import { Actor } from '../../identity/actor';
import { DormitoryClearancesService } from '../clearances/dormitory-clearances.service';
import { DormitoryLawsuitsService } from '../lawsuits/dormitory-lawsuits.service';
import { DormitoryLoansService } from '../loans/dormitory-loans.service';
import { Dormitory } from '../registry/dormitory.entity';

const DAY_MS = 86_400_000;
const daysFromToday = (days: number) => taipeiDate(new Date(Date.now() + days * DAY_MS));

/**
 * The demo's three family dormitories being wound down: 凱旋 (occupied without right) is sued, with
 * two hearings; 衛武 is being cleared, handed over and waiting for demolition (its next step); the
 * land of 大寮 is lent to the district office. Written through the services and their rules.
 */
@Injectable()
export class FamilyDormitoryDemoService {
  constructor(
    @InjectRepository(Dormitory) private readonly dormitories: Repository<Dormitory>,
    private readonly clearances: DormitoryClearancesService,
    private readonly lawsuits: DormitoryLawsuitsService,
    private readonly loans: DormitoryLoansService,
  ) {}

  async load(actor: Actor): Promise<{ clearances: number; lawsuits: number; loans: number }> {
    const rows = await this.dormitories.findBy({ code: In(['DM-FA-01', 'DM-FA-02', 'DM-FA-03']) });
    const byCode = new Map(rows.map((row) => [row.code, row.id]));
    const [sued, cleared, lent] = ['DM-FA-01', 'DM-FA-02', 'DM-FA-03'].map((code) => byCode.get(code));
    if (!sued || !cleared || !lent) return { clearances: 0, lawsuits: 0, loans: 0 };

    const lawsuit = await this.lawsuits.create(actor, {
      dormitoryId: sued,
      caseNumber: `${Number(daysFromToday(-200).slice(0, 4)) - 1911}年度訴字第318號`,
      court: '臺灣高雄地方法院',
      defendantName: '陳志明',
      filedOn: daysFromToday(-200),
    });
    await this.lawsuits.addHearing(actor, lawsuit.id, { heldOn: daysFromToday(-120), note: '準備程序' });
    await this.lawsuits.addHearing(actor, lawsuit.id, { heldOn: daysFromToday(-40), note: '言詞辯論' });

    const clearance = await this.clearances.start(actor, {
      dormitoryId: cleared,
      occupantName: '林淑芬',
      noticeOn: daysFromToday(-90),
      noticeDocumentNumber: '高市府秘總字第11530012300號',
      deadlineOn: daysFromToday(-30),
    });
    await this.clearances.recordStep(actor, clearance.id, {
      version: clearance.version,
      step: 'handover',
      on: daysFromToday(-20),
      note: '住戶已遷出並點交鑰匙',
    });

    await this.loans.create(actor, {
      dormitoryId: lent,
      propertyKind: 'land',
      borrowerAgency: '鳳山區公所',
      purpose: '空地綠美化',
      startsOn: daysFromToday(-365),
      endsOn: daysFromToday(365),
    });
    return { clearances: 1, lawsuits: 1, loans: 1 };
  }
}
