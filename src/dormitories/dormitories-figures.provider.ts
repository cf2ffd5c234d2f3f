import { Injectable } from '@nestjs/common';
import { FigureCount, FiguresProvider, ProvidesFigures } from '../common/figures/figures-provider';
import { Period } from '../common/time';
import { DormitoryFiguresService } from './figures/dormitory-figures.service';

/**
 * 宿舍管理: the dormitories on the register at the period's end by type (a stock figure), and the
 * period's residence fact verification rounds, lending of the head-of-agency residence,
 * demolitions, hand-overs and patrol findings sent for repair (flow figures).
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
    ];
  }
}
