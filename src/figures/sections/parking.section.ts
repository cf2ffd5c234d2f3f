import { Injectable } from '@nestjs/common';
import { Period } from '../../common/time';
import { ParkingFiguresService } from '../../parking/figures/parking-figures.service';
import { countFigure, Figure, FiguresSection, formatCount } from '../figure';

/** 停車: temporary official parking permits issued (核發公務臨時停車證…張). */
@Injectable()
export class ParkingSection implements FiguresSection {
  readonly key = 'parking';
  readonly title = '停車管理';

  constructor(private readonly parking: ParkingFiguresService) {}

  async figuresFor(period: Period, label: string): Promise<Figure[]> {
    const figures = await this.parking.figuresFor(period);
    return [
      {
        key: 'parking.issued',
        label: '核發公務臨時停車證',
        value: figures.issued,
        unit: '張',
        sentence: `${label}核發公務臨時停車證${formatCount(figures.issued)}張`,
      },
      ...figures.lots.map((lot) =>
        countFigure(label, `parking.issued.${lot.lotCode}`, `${lot.lotName}核發臨時停車證`, lot.issued, '張'),
      ),
      countFigure(label, 'parking.revoked', '註銷臨時停車證', figures.revoked, '張'),
    ];
  }
}
