import { Injectable } from '@nestjs/common';
import { FigureCount, FiguresProvider, MonthlyFigures, ProvidesFigures } from '../common/figures/figures-provider';
import { ReportReads } from '../common/figures/report-reads';
import { sumCounts } from '../common/figures/sum-counts';
import { Period } from '../common/time';
import { VenueCounts, VenueFiguresService } from './venue-figures.service';

/** What the yearly figures count of the venues in one span, per center id: flows by start, so a year is the sum of its months. */
interface VenueFigureParts {
  publicOpenings: Record<string, number>;
  roomBookings: Record<string, number>;
  totals: Record<'attendees' | 'cancelled' | 'noShows', number>;
}

/**
 * 會場利用: per center, openings of the atrium, plaza and auditorium, and the meeting rooms' bookings.
 * Composed from months; the figures module's trigger (migration FigureMonthPartsFleetVenuesAssets)
 * marks the months a booking, or a space's kind or center, touches. The centers are those with spaces now.
 */
@Injectable()
@ProvidesFigures()
export class VenuesFiguresProvider implements FiguresProvider {
  readonly section = { key: 'venues', title: '會場利用', order: 60 };

  readonly monthly: MonthlyFigures<VenueFigureParts> = {
    partsVersion: 1,
    partsFor: (span) => this.partsFor(span),
    compose: (parts, _period, reads) => this.compose(parts, reads),
  };

  constructor(private readonly venues: VenueFiguresService) {}

  async figuresFor(period: Period, reads = new ReportReads()): Promise<FigureCount[]> {
    return this.compose([await this.partsFor(period)], reads);
  }

  private async partsFor(span: Period): Promise<VenueFigureParts> {
    const { bySite, totals } = await this.venues.countsBySite(span);
    const perSite = (count: (counts: VenueCounts) => number) =>
      Object.fromEntries([...bySite].map(([siteId, counts]) => [siteId, count(counts)]));
    return {
      publicOpenings: perSite((counts) => counts.publicOpenings),
      roomBookings: perSite((counts) => counts.roomBookings),
      totals: { attendees: totals.attendees, cancelled: totals.cancelled, noShows: totals.noShows },
    };
  }

  private async compose(parts: VenueFigureParts[], reads: ReportReads): Promise<FigureCount[]> {
    const publicOpenings = sumCounts(parts.map((part) => part.publicOpenings));
    const roomBookings = sumCounts(parts.map((part) => part.roomBookings));
    const totals = sumCounts(parts.map((part) => part.totals));
    const sites = await this.venues.sites(reads);
    return [
      ...sites.flatMap((site): FigureCount[] => [
        {
          key: `venues.public_openings.${site.siteCode}`,
          template: 'venues.public_openings',
          label: `${site.siteName}中庭、廣場及大禮堂開放`,
          value: publicOpenings[site.siteId] ?? 0,
          unit: '場次',
          params: { center: site.siteName, roomBookings: roomBookings[site.siteId] ?? 0 },
        },
        {
          key: `venues.room_bookings.${site.siteCode}`,
          template: 'venues.room_bookings',
          label: `${site.siteName}各會議室等受理申請使用`,
          value: roomBookings[site.siteId] ?? 0,
          unit: '場次',
          params: { center: site.siteName },
        },
      ]),
      { key: 'venues.attendees', label: '場地使用人次', value: totals.attendees, unit: '人次' },
      { key: 'venues.cancelled', label: '場地申請取消', value: totals.cancelled, unit: '件' },
      { key: 'venues.no_shows', label: '場地核准未使用', value: totals.noShows, unit: '件' },
    ];
  }
}
