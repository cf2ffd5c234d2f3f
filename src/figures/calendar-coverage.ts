import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { BusinessCalendar, rocYearOf, toGregorianYear } from '../common/time';
import { AppConfig } from '../config/app-config.schema';
import { FiguresProviders } from './figures-providers';

/**
 * Warns at start-up about every year from the earliest record (imported years included) to this
 * one that has no office calendar: working days, SLA clocks and the figures of those years would
 * count Monday–Friday only.
 */
@Injectable()
export class CalendarCoverage implements OnApplicationBootstrap {
  private readonly logger = new Logger('BusinessCalendar');

  constructor(
    private readonly providers: FiguresProviders,
    private readonly calendar: BusinessCalendar,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const missing = await this.missingYears().catch((error: Error) => {
      this.logger.error(`could not check the office calendars against the records: ${error.message}`);
      return [];
    });
    if (missing.length) {
      this.logger.warn(
        `no office calendar for ${missing.join(', ')} in ${this.config.time.calendarDir}: counting Monday–Friday only in those years`,
      );
    }
  }

  /** The Gregorian years, from the earliest holding records through this one, without a calendar file. */
  async missingYears(now = new Date()): Promise<number[]> {
    const thisYear = toGregorianYear(rocYearOf(now));
    const firstYears = await Promise.all(
      this.providers.all().map((provider) => provider.firstYearWithData?.() ?? Promise.resolve(null)),
    );
    const earliest = Math.min(thisYear, ...firstYears.filter((year): year is number => typeof year === 'number'));
    const years = Array.from({ length: thisYear - earliest + 1 }, (_, index) => earliest + index);
    return years.filter((year) => !this.calendar.hasYear(year));
  }
}
