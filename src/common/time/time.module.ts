import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.schema';
import { fromProjectRoot } from '../../config/project-root';
import { BusinessCalendar } from './business-calendar';
import { loadCalendarYears } from './calendar-loader';
import { TAIPEI_ZONE } from './taipei-zone';

/** The office calendar (business hours, holidays, make-up workdays) from the configuration. */
@Global()
@Module({
  providers: [
    {
      provide: BusinessCalendar,
      inject: [AppConfig],
      // Which years lack a calendar is checked against the records at start-up (figures' CalendarCoverage).
      useFactory: (config: AppConfig) =>
        new BusinessCalendar({
          years: loadCalendarYears(fromProjectRoot(config.time.calendarDir)),
          hours: { start: config.time.businessHoursStart, end: config.time.businessHoursEnd, zone: TAIPEI_ZONE },
        }),
    },
  ],
  exports: [BusinessCalendar],
})
export class TimeModule {}
