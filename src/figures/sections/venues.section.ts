import { Injectable } from '@nestjs/common';
import { Period } from '../../common/time';
import { VenueFiguresService } from '../../venues/venue-figures.service';
import { countFigure, Figure, FiguresSection, formatCount } from '../figure';

/** 會場利用: per center, openings of the atrium, plaza and auditorium, and the meeting rooms' bookings. */
@Injectable()
export class VenuesSection implements FiguresSection {
  readonly key = 'venues';
  readonly title = '會場利用';

  constructor(private readonly venues: VenueFiguresService) {}

  async figuresFor(period: Period, label: string): Promise<Figure[]> {
    const figures = await this.venues.figuresFor(period);
    return [
      ...figures.sites.flatMap((site): Figure[] => [
        {
          key: `venues.public_openings.${site.siteCode}`,
          label: `${site.siteName}中庭、廣場及大禮堂開放`,
          value: site.publicOpenings,
          unit: '場次',
          sentence: `${label}${site.siteName}中庭、廣場及大禮堂計開放${formatCount(site.publicOpenings)}場次，各會議室等受理申請使用計${formatCount(site.roomBookings)}場次`,
        },
        countFigure(
          label,
          `venues.room_bookings.${site.siteCode}`,
          `${site.siteName}各會議室等受理申請使用`,
          site.roomBookings,
          '場次',
        ),
      ]),
      countFigure(label, 'venues.attendees', '場地使用人次', figures.totals.attendees, '人次'),
      countFigure(label, 'venues.cancelled', '場地申請取消', figures.totals.cancelled, '件'),
      countFigure(label, 'venues.no_shows', '場地核准未使用', figures.totals.noShows, '件'),
    ];
  }
}
