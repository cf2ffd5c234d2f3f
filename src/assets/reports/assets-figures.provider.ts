import { Injectable } from '@nestjs/common';
import { FigureCount, FiguresProvider, ProvidesFigures } from '../../common/figures/figures-provider';
import { Period } from '../../common/time';
import { AssetReportsService } from './asset-reports.service';

/** 財產管理: additions, write-offs, transfers, donations and sales of idle property, stocktakes. */
@Injectable()
@ProvidesFigures()
export class AssetsFiguresProvider implements FiguresProvider {
  readonly section = { key: 'assets', title: '財產管理', order: 50 };

  constructor(private readonly assets: AssetReportsService) {}

  async figuresFor(period: Period): Promise<FigureCount[]> {
    const figures = await this.assets.figuresFor(period);
    return [
      { key: 'assets.added', label: '財產（物品）增加', value: figures.added.count, unit: '件' },
      { key: 'assets.written_off', label: '財產（物品）減損', value: figures.writtenOff.count, unit: '件' },
      { key: 'assets.transferred', label: '閒置財產移撥其他機關學校', value: figures.transfers.count, unit: '件' },
      { key: 'assets.donated', label: '財產捐贈', value: figures.donations.count, unit: '件' },
      {
        key: 'assets.sold',
        label: '閒置財產變賣',
        value: figures.sales.count,
        unit: '件',
        params: { proceeds: figures.sales.proceeds },
      },
      { key: 'assets.stocktakes', label: '完成財產盤點', value: figures.stocktakesCompleted, unit: '次' },
    ];
  }
}
