import { Injectable } from '@nestjs/common';
import { FigureCount, FiguresProvider, MonthlyFigures, ProvidesFigures } from '../../common/figures/figures-provider';
import { sumCounts } from '../../common/figures/sum-counts';
import { Period } from '../../common/time';
import { ParkingLotsService } from '../lots/parking-lots.service';
import { ParkingFiguresService, PermitFigureParts } from './parking-figures.service';

/**
 * 停車管理: temporary official parking permits issued (核發公務臨時停車證…張), in all and per lot, and
 * revoked: flows, composed from months. The totals count the lots on the register, as the per-lot figures do.
 */
@Injectable()
@ProvidesFigures()
export class ParkingFiguresProvider implements FiguresProvider {
  readonly section = { key: 'parking', title: '停車管理', order: 40 };

  readonly monthly: MonthlyFigures<PermitFigureParts> = {
    partsVersion: 1,
    partsFor: (span) => this.parking.figureParts(span),
    compose: (parts) => this.compose(parts),
  };

  constructor(
    private readonly parking: ParkingFiguresService,
    private readonly lots: ParkingLotsService,
  ) {}

  async figuresFor(period: Period): Promise<FigureCount[]> {
    return this.compose([await this.parking.figureParts(period)]);
  }

  firstYearWithData(): Promise<number | null> {
    return this.parking.firstYearWithPermits();
  }

  private async compose(parts: PermitFigureParts[]): Promise<FigureCount[]> {
    const issued = sumCounts(parts.map((part) => part.issued));
    const revoked = sumCounts(parts.map((part) => part.revoked));
    const lots = await this.lots.names();
    const total = (counts: Record<string, number>) => lots.reduce((sum, lot) => sum + (counts[lot.id] ?? 0), 0);
    return [
      { key: 'parking.issued', label: '核發公務臨時停車證', value: total(issued), unit: '張' },
      ...lots.map((lot) => ({
        key: `parking.issued.${lot.code}`,
        template: 'parking.issued_at_lot',
        label: `${lot.name}核發臨時停車證`,
        value: issued[lot.id] ?? 0,
        unit: '張',
        params: { lot: lot.name },
      })),
      { key: 'parking.revoked', label: '註銷臨時停車證', value: total(revoked), unit: '張' },
    ];
  }
}
