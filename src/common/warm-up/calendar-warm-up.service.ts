import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { BusinessCalendar } from '../time';

/**
 * Builds the office calendar's working-hour tables ahead of the first clock that needs them (a
 * year's table walks its 365 days through the time zone, some 40 ms): the years around today at
 * boot, for the open tickets' SLA clocks; the other configured years one per turn of the event loop
 * just after, for lists of older tickets, without holding back the start or the first requests.
 */
@Injectable()
export class CalendarWarmUpService implements OnApplicationBootstrap {
  private readonly logger = new Logger('WarmUp');

  constructor(private readonly calendar: BusinessCalendar) {}

  onApplicationBootstrap(): void {
    const started = performance.now();
    const thisYear = new Date().getFullYear();
    this.calendar.prepareYears([thisYear - 1, thisYear, thisYear + 1]);
    this.logger.log(
      `office calendar ${thisYear - 1}–${thisYear + 1} ready in ${Math.round(performance.now() - started)} ms`,
    );
    this.prepareInBackground(this.calendar.configuredYears());
  }

  private prepareInBackground(years: number[]): void {
    const [year, ...rest] = years;
    if (year === undefined) return;
    setImmediate(() => {
      this.calendar.prepareYears([year]);
      this.prepareInBackground(rest);
    }).unref();
  }
}
