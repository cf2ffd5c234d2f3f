import { Global, Logger, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.schema';
import { fromProjectRoot } from '../../config/project-root';
import { BusinessCalendar } from './business-calendar';
import { loadCalendarYears } from './calendar-loader';

/** The office calendar (business hours, holidays, make-up workdays) from the configuration. */
@Global()
@Module({
  providers: [
    {
      provide: BusinessCalendar,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const years = loadCalendarYears(fromProjectRoot(config.time.calendarDir));
        const calendar = new BusinessCalendar({
          years,
          hours: { start: config.time.businessHoursStart, end: config.time.businessHoursEnd, zone: config.time.zone },
        });
        const thisYear = new Date().getFullYear();
        if (!calendar.hasYear(thisYear)) {
          new Logger('BusinessCalendar').warn(
            `no office calendar for ${thisYear} in ${config.time.calendarDir}: counting Monday–Friday only`,
          );
        }
        return calendar;
      },
    },
  ],
  exports: [BusinessCalendar],
})
export class TimeModule {}
