import { Injectable } from '@nestjs/common';
import { FigureCount, FiguresProvider, ProvidesFigures } from '../common/figures/figures-provider';
import { Period } from '../common/time';
import { DormitoryFiguresService } from './figures/dormitory-figures.service';

/**
 * 宿舍管理: the dormitories on the register at the period's end by type (a stock figure), and the
 * period's residence fact verification rounds, lending of the head-of-agency residence,
 * demolitions, hand-overs and patrol findings sent for repair (flow figures), and the family
 * dormitories being wound down: clearances, lawsuits, and properties lent at the period's end.
 */
@Injectable()
@ProvidesFigures()
export class DormitoriesFiguresProvider implements FiguresProvider {
  readonly section = { key: 'dormitories', title: '宿舍管理', order: 20 };

  constructor(private readonly dormitories: DormitoryFiguresService) {}

  async figuresFor(period: Period): Promise<FigureCount[]> {
    const figures = await this.dormitories.figuresFor(period);
    const counts = figures.dormitories;
    const months = [
      ...new Set(figures.verificationCampaigns.map((campaign) => Number(campaign.lastCheckedOn.slice(5, 7)))),
    ].sort((a, b) => a - b);
    return [
      {
        key: 'dormitories.managed',
        label: '經管市有宿舍',
        value: counts.total,
        unit: '間',
        params: {
          headResidence: counts.head_residence,
          multiRoomStaff: counts.multi_room_staff,
          singleRoomStaff: counts.single_room_staff,
          family: counts.family,
        },
      },
      {
        key: 'dormitories.verifications',
        label: '宿舍居住事實查考',
        value: months.length,
        unit: '次',
        params: { months: months.join('、') },
      },
      {
        key: 'dormitories.residence_lending',
        label: '首長宿舍出借辦理公益活動',
        value: figures.residenceLendingUses,
        unit: '次',
      },
      { key: 'dormitories.demolished', label: '拆除騰空眷舍', value: figures.demolitions, unit: '間' },
      { key: 'dormitories.handed_over', label: '宿舍土地移交財政局', value: figures.handovers, unit: '間' },
      { key: 'dormitories.repairs', label: '巡查宿舍發現待修繕', value: figures.repairsOpened, unit: '件' },
      {
        key: 'dormitories.clearances_completed',
        label: '眷舍騰空完成（土地移交財政局）',
        value: figures.clearancesCompleted,
        unit: '間',
      },
      {
        key: 'dormitories.clearances_under_way',
        label: '眷舍騰空辦理中',
        value: figures.clearancesUnderWay,
        unit: '間',
      },
      { key: 'dormitories.lawsuits_open', label: '收回眷舍訴訟進行中', value: figures.lawsuitsOpen, unit: '件' },
      { key: 'dormitories.lawsuits_closed', label: '收回眷舍訴訟結案', value: figures.lawsuitsClosed, unit: '件' },
      {
        key: 'dormitories.properties_on_loan',
        label: '眷舍空地或房舍出借其他機關',
        value: figures.propertiesOnLoan,
        unit: '處',
      },
    ];
  }
}
