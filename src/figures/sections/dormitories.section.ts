import { Injectable } from '@nestjs/common';
import { Period } from '../../common/time';
import { DormitoryFiguresService } from '../../dormitories/figures/dormitory-figures.service';
import { countFigure, Figure, FiguresSection, formatCount } from '../figure';

/** 宿舍管理: dormitories on the register, residence fact verification, residence lending, demolitions. */
@Injectable()
export class DormitoriesSection implements FiguresSection {
  readonly key = 'dormitories';
  readonly title = '宿舍管理';

  constructor(private readonly dormitories: DormitoryFiguresService) {}

  async figuresFor(period: Period, label: string): Promise<Figure[]> {
    const figures = await this.dormitories.figuresFor(period);
    const months = [
      ...new Set(figures.verificationCampaigns.map((campaign) => Number(campaign.lastCheckedOn.slice(5, 7)))),
    ].sort((a, b) => a - b);
    return [
      {
        key: 'dormitories.managed',
        label: '經管市有宿舍',
        value: figures.dormitories.total,
        unit: '間',
        sentence: `${label}${figures.summary}`,
      },
      {
        key: 'dormitories.verifications',
        label: '辦理居住事實查考',
        value: months.length,
        unit: '次',
        sentence: months.length
          ? `${label}於${months.map((month) => `${month}月`).join('及')}辦理宿舍居住事實查考計${formatCount(months.length)}次`
          : `${label}辦理宿舍居住事實查考計0次`,
      },
      countFigure(
        label,
        'dormitories.residence_lending',
        '首長宿舍出借辦理公益活動',
        figures.residenceLendingUses,
        '次',
      ),
      countFigure(label, 'dormitories.demolished', '拆除騰空眷舍', figures.demolitions, '間'),
      countFigure(label, 'dormitories.handed_over', '宿舍土地移交財政局', figures.handovers, '間'),
      countFigure(label, 'dormitories.repairs', '巡查宿舍發現待修繕', figures.repairsOpened, '件'),
    ];
  }
}
