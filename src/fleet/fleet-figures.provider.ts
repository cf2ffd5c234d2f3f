import { Injectable } from '@nestjs/common';
import { FigureCount, FiguresProvider, MonthlyFigures, ProvidesFigures } from '../common/figures/figures-provider';
import { sumCounts } from '../common/figures/sum-counts';
import { Period } from '../common/time';
import { FleetFiguresService } from './figures/fleet-figures.service';

/** What the yearly figures count of the fleet in one span: flows by start time, so a year is the sum of its months. */
type FleetFigureParts = Record<
  | 'trips'
  | 'vipTrips'
  | 'lentTrips'
  | 'bookings'
  | 'onlineBookings'
  | 'paperBookings'
  | 'vipBookings'
  | 'km'
  | 'cancelled',
  number
>;

/**
 * 車輛管理: car dispatch counted in trips (車次) as the report counts it — several bookings pooled
 * into one trip (集中調派) count once — with the bookings, VIP-van trips and lending as figures of
 * their own. Composed from months; the figures module's trigger (migration
 * FigureMonthPartsFleetVenuesAssets) marks the months a booking, trip or vehicle class change touches.
 */
@Injectable()
@ProvidesFigures()
export class FleetFiguresProvider implements FiguresProvider {
  readonly section = { key: 'fleet', title: '車輛管理', order: 30 };

  readonly monthly: MonthlyFigures<FleetFigureParts> = {
    partsVersion: 1,
    partsFor: (span) => this.partsFor(span),
    compose: (parts) => Promise.resolve(this.compose(parts)),
  };

  constructor(private readonly fleet: FleetFiguresService) {}

  async figuresFor(period: Period): Promise<FigureCount[]> {
    return this.compose([await this.partsFor(period)]);
  }

  firstYearWithData(): Promise<number | null> {
    return this.fleet.firstYearWithBookings();
  }

  private async partsFor(span: Period): Promise<FleetFigureParts> {
    const { dispatched, dispatchedTrips, km, cancelled, noShows } = await this.fleet.figuresFor(span);
    return {
      trips: dispatchedTrips.total,
      vipTrips: dispatchedTrips.vip,
      lentTrips: dispatchedTrips.lent,
      bookings: dispatched.total,
      onlineBookings: dispatched.online,
      paperBookings: dispatched.paper,
      vipBookings: dispatched.vip,
      km,
      cancelled: cancelled + noShows,
    };
  }

  private compose(parts: FleetFigureParts[]): FigureCount[] {
    const sums = sumCounts(parts);
    return [
      { key: 'fleet.trips', label: '派遣公務車（含禮賓車）', value: sums.trips, unit: '車次' },
      { key: 'fleet.trips.vip', label: '派遣禮賓車', value: sums.vipTrips, unit: '車次' },
      { key: 'fleet.trips.lent', label: '出借其他機關', value: sums.lentTrips, unit: '車次' },
      { key: 'fleet.bookings', label: '派車申請（已派車）', value: sums.bookings, unit: '件' },
      { key: 'fleet.bookings.online', label: '線上派車申請', value: sums.onlineBookings, unit: '件' },
      { key: 'fleet.bookings.paper', label: '書面派車申請', value: sums.paperBookings, unit: '件' },
      { key: 'fleet.bookings.vip', label: '禮賓車派車申請', value: sums.vipBookings, unit: '件' },
      { key: 'fleet.km', label: '公務車行駛里程', value: sums.km, unit: '公里' },
      { key: 'fleet.cancelled', label: '取消派車', value: sums.cancelled, unit: '件' },
    ];
  }
}
