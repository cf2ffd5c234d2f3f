import { Injectable } from '@nestjs/common';
import { FigureCount, FiguresProvider, ProvidesFigures } from '../common/figures/figures-provider';
import { Period } from '../common/time';
import { VenueFiguresService } from './venue-figures.service';

/** 會場利用: per center, openings of the atrium, plaza and auditorium, and the meeting rooms' bookings. */
@Injectable()
@ProvidesFigures()
export class VenuesFiguresProvider implements FiguresProvider {
  readonly section = { key: 'venues', title: '會場利用', order: 60 };

  constructor(private readonly venues: VenueFiguresService) {}

  async figuresFor(period: Period): Promise<FigureCount[]> {
    const figures = await this.venues.figuresFor(period);
    return [
      ...figures.sites.flatMap((site): FigureCount[] => [
        {
          key: `venues.public_openings.${site.siteCode}`,
          template: 'venues.public_openings',
          label: `${site.siteName}中庭、廣場及大禮堂開放`,
          value: site.publicOpenings,
          unit: '場次',
          params: { center: site.siteName, roomBookings: site.roomBookings },
        },
        {
          key: `venues.room_bookings.${site.siteCode}`,
          template: 'venues.room_bookings',
          label: `${site.siteName}各會議室等受理申請使用`,
          value: site.roomBookings,
          unit: '場次',
          params: { center: site.siteName },
        },
      ]),
      { key: 'venues.attendees', label: '場地使用人次', value: figures.totals.attendees, unit: '人次' },
      { key: 'venues.cancelled', label: '場地申請取消', value: figures.totals.cancelled, unit: '件' },
      { key: 'venues.no_shows', label: '場地核准未使用', value: figures.totals.noShows, unit: '件' },
    ];
  }
}
