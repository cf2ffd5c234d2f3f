import { join } from 'node:path';
import { BusinessCalendar } from './business-calendar';
import { loadCalendarYears } from './calendar-loader';

/** Checks the shipped config/calendar files against the published office calendars. */
describe('config/calendar', () => {
  const years = loadCalendarYears(join(__dirname, '../../../config/calendar'));
  const calendar = new BusinessCalendar({ years });

  function daysOff(year: number): number {
    let count = 0;
    const day = new Date(Date.UTC(year, 0, 1));
    for (; day.getUTCFullYear() === year; day.setUTCDate(day.getUTCDate() + 1)) {
      if (!calendar.isWorkingDay(day.toISOString().slice(0, 10))) {
        count += 1;
      }
    }
    return count;
  }

  it('covers 2018 to 2027, every year that imported records may reach', () => {
    expect(years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });

  it.each([
    [2018, 115], // 107年辦公日曆表, counted from the official CSV
    [2019, 115], // 108年, from the mirror's conversion of the official CSV
    [2020, 115], // 109年, idem
    [2021, 116], // 110年, counted from the official CSV
    [2022, 115], // 111年, from the mirror's conversion
    [2023, 116], // 112年, idem
    [2024, 115], // 113年辦公日曆表
    [2025, 118], // 114年辦公日曆表 (revised June 2025)
    [2026, 120], // 115年辦公日曆表
    [2027, 121], // not yet published: derived from the holiday rules
  ])('gives %i the published total of %i days off', (year, expected) => {
    expect(daysOff(year)).toBe(expected);
  });

  it('closes the 2023 Spring Festival from Fri 20 Jan to Sun 29 Jan and works Sat 7 Jan', () => {
    const from = new Date('2023-01-19T09:00:00+08:00'); // Thursday
    expect(calendar.addBusinessDays(from, 1)).toEqual(new Date('2023-01-30T09:00:00+08:00'));
    expect(calendar.isWorkingDay('2023-01-07')).toBe(true);
  });

  it('closes the 2026 Spring Festival from Sat 14 Feb to Sun 22 Feb', () => {
    const from = new Date('2026-02-13T09:00:00+08:00'); // Friday
    expect(calendar.addBusinessDays(from, 1)).toEqual(new Date('2026-02-23T09:00:00+08:00'));
    // Mon 23 – Thu 26 Feb, then Fri 27 Feb is the observed 和平紀念日, so the 5th is Mon 2 Mar.
    expect(calendar.addBusinessDays(from, 5)).toEqual(new Date('2026-03-02T09:00:00+08:00'));
  });

  it('opens on the 2024 make-up Saturday', () => {
    expect(calendar.isWorkingDay('2024-02-17')).toBe(true);
  });
});
