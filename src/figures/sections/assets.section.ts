import { Injectable } from '@nestjs/common';
import { AssetReportsService } from '../../assets/reports/asset-reports.service';
import { Period } from '../../common/time';
import { countFigure, Figure, FiguresSection, formatCount } from '../figure';

/** 財產管理: additions, write-offs, transfers, donations and sales of idle property. */
@Injectable()
export class AssetsSection implements FiguresSection {
  readonly key = 'assets';
  readonly title = '財產管理';

  constructor(private readonly assets: AssetReportsService) {}

  async figuresFor(period: Period, label: string): Promise<Figure[]> {
    const figures = await this.assets.figuresFor(period);
    return [
      countFigure(label, 'assets.added', '財產（物品）增加', figures.added.count, '件'),
      countFigure(label, 'assets.written_off', '財產（物品）減損', figures.writtenOff.count, '件'),
      countFigure(label, 'assets.transferred', '閒置財產移撥其他機關學校', figures.transfers.count, '件'),
      countFigure(label, 'assets.donated', '財產捐贈', figures.donations.count, '件'),
      {
        key: 'assets.sold',
        label: '閒置財產變賣',
        value: figures.sales.count,
        unit: '件',
        sentence: `${label}閒置財產變賣計${formatCount(figures.sales.count)}件，得款${formatCount(figures.sales.proceeds)}元`,
      },
      countFigure(label, 'assets.stocktakes', '完成財產盤點', figures.stocktakesCompleted, '次'),
    ];
  }
}
