import { Injectable } from '@nestjs/common';
import { FigureCount, FiguresProvider, MonthlyFigures, ProvidesFigures } from '../../common/figures/figures-provider';
import { sumCounts } from '../../common/figures/sum-counts';
import { Period } from '../../common/time';
import { AssetReportsService } from './asset-reports.service';

/** What the yearly figures count of the register in one span: flows by date, so a year is the sum of its months. */
type AssetFigureParts = Record<
  'added' | 'writtenOff' | 'transferred' | 'donated' | 'sold' | 'proceeds' | 'stocktakes',
  number
>;

/**
 * 財產管理: additions, write-offs, transfers, donations and sales of idle property, stocktakes.
 * Composed from months; the figures module's trigger (migration FigureMonthPartsFleetVenuesAssets)
 * marks the months of an asset's acquisition and disposal, a movement and a stocktake's close.
 */
@Injectable()
@ProvidesFigures()
export class AssetsFiguresProvider implements FiguresProvider {
  readonly section = { key: 'assets', title: '財產管理', order: 50 };

  readonly monthly: MonthlyFigures<AssetFigureParts> = {
    partsVersion: 1,
    partsFor: (span) => this.partsFor(span),
    compose: (parts) => Promise.resolve(this.compose(parts)),
  };

  constructor(private readonly assets: AssetReportsService) {}

  async figuresFor(period: Period): Promise<FigureCount[]> {
    return this.compose([await this.partsFor(period)]);
  }

  private async partsFor(span: Period): Promise<AssetFigureParts> {
    const figures = await this.assets.figuresFor(span);
    return {
      added: figures.added.count,
      writtenOff: figures.writtenOff.count,
      transferred: figures.transfers.count,
      donated: figures.donations.count,
      sold: figures.sales.count,
      proceeds: figures.sales.proceeds,
      stocktakes: figures.stocktakesCompleted,
    };
  }

  private compose(parts: AssetFigureParts[]): FigureCount[] {
    const sums = sumCounts(parts);
    return [
      { key: 'assets.added', label: '財產（物品）增加', value: sums.added, unit: '件' },
      { key: 'assets.written_off', label: '財產（物品）減損', value: sums.writtenOff, unit: '件' },
      { key: 'assets.transferred', label: '閒置財產移撥其他機關學校', value: sums.transferred, unit: '件' },
      { key: 'assets.donated', label: '財產捐贈', value: sums.donated, unit: '件' },
      {
        key: 'assets.sold',
        label: '閒置財產變賣',
        value: sums.sold,
        unit: '件',
        params: { proceeds: sums.proceeds },
      },
      { key: 'assets.stocktakes', label: '完成財產盤點', value: sums.stocktakes, unit: '次' },
    ];
  }
}
