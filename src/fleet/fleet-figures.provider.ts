import { Injectable } from '@nestjs/common';
import { FigureCount, FiguresProvider, ProvidesFigures } from '../common/figures/figures-provider';
import { Period } from '../common/time';
import { FleetFiguresService } from './figures/fleet-figures.service';

/**
 * 車輛管理: car dispatch counted in trips (車次) as the report counts it — several bookings pooled
 * into one trip (集中調派) count once — with the bookings, VIP-van trips and lending as figures of
 * their own.
 */
@Injectable()
@ProvidesFigures()
export class FleetFiguresProvider implements FiguresProvider {
  readonly section = { key: 'fleet', title: '車輛管理', order: 30 };

  constructor(private readonly fleet: FleetFiguresService) {}

  async figuresFor(period: Period): Promise<FigureCount[]> {
    const { dispatched, dispatchedTrips, km, cancelled, noShows } = await this.fleet.figuresFor(period);
    return [
      { key: 'fleet.trips', label: '派遣公務車（含禮賓車）', value: dispatchedTrips.total, unit: '車次' },
      { key: 'fleet.trips.vip', label: '派遣禮賓車', value: dispatchedTrips.vip, unit: '車次' },
      { key: 'fleet.trips.lent', label: '出借其他機關', value: dispatchedTrips.lent, unit: '車次' },
      { key: 'fleet.bookings', label: '派車申請（已派車）', value: dispatched.total, unit: '件' },
      { key: 'fleet.bookings.online', label: '線上派車申請', value: dispatched.online, unit: '件' },
      { key: 'fleet.bookings.paper', label: '書面派車申請', value: dispatched.paper, unit: '件' },
      { key: 'fleet.bookings.vip', label: '禮賓車派車申請', value: dispatched.vip, unit: '件' },
      { key: 'fleet.km', label: '公務車行駛里程', value: km, unit: '公里' },
      { key: 'fleet.cancelled', label: '取消派車', value: cancelled + noShows, unit: '件' },
    ];
  }

  firstYearWithData(): Promise<number | null> {
    return this.fleet.firstYearWithBookings();
  }
}
