import { Injectable } from '@nestjs/common';
import { FigureCount, FiguresProvider, ProvidesFigures } from '../../common/figures/figures-provider';
import { Period } from '../../common/time';
import { ParkingFiguresService } from './parking-figures.service';

/** 停車管理: temporary official parking permits issued (核發公務臨時停車證…張), in all and per lot, and revoked. */
@Injectable()
@ProvidesFigures()
export class ParkingFiguresProvider implements FiguresProvider {
  readonly section = { key: 'parking', title: '停車管理', order: 40 };

  constructor(private readonly parking: ParkingFiguresService) {}

  async figuresFor(period: Period): Promise<FigureCount[]> {
    const figures = await this.parking.figuresFor(period);
    return [
      { key: 'parking.issued', label: '核發公務臨時停車證', value: figures.issued, unit: '張' },
      ...figures.lots.map((lot) => ({
        key: `parking.issued.${lot.lotCode}`,
        template: 'parking.issued_at_lot',
        label: `${lot.lotName}核發臨時停車證`,
        value: lot.issued,
        unit: '張',
        params: { lot: lot.lotName },
      })),
      { key: 'parking.revoked', label: '註銷臨時停車證', value: figures.revoked, unit: '張' },
    ];
  }

  firstYearWithData(): Promise<number | null> {
    return this.parking.firstYearWithPermits();
  }
}
