import { Injectable } from '@nestjs/common';
import { Period } from '../../common/time';
import { FleetFiguresService } from '../../fleet/figures/fleet-figures.service';
import { countFigure, Figure, FiguresSection, formatCount } from '../figure';

/** 車輛管理: online car dispatch (線上申請派遣公務車（含禮賓車）計…車次), lending and distance. */
@Injectable()
export class FleetSection implements FiguresSection {
  readonly key = 'fleet';
  readonly title = '車輛管理';

  constructor(private readonly fleet: FleetFiguresService) {}

  async figuresFor(period: Period, label: string): Promise<Figure[]> {
    const figures = await this.fleet.figuresFor(period);
    const { dispatched } = figures;
    return [
      {
        key: 'fleet.dispatched',
        label: '派遣公務車（含禮賓車）',
        value: dispatched.total,
        unit: '車次',
        sentence: `${label}線上申請派遣公務車（含禮賓車）計${formatCount(dispatched.online)}車次，書面申請${formatCount(dispatched.paper)}車次`,
      },
      countFigure(label, 'fleet.dispatched.vip', '派遣禮賓車', dispatched.vip, '車次'),
      countFigure(label, 'fleet.lent', '出借其他機關', dispatched.lent, '車次'),
      countFigure(label, 'fleet.km', '公務車行駛里程', figures.km, '公里'),
      countFigure(label, 'fleet.cancelled', '取消派車', figures.cancelled + figures.noShows, '件'),
    ];
  }
}
