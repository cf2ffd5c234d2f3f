import { DateTime } from 'luxon';
import { nextMonth, taipeiIsoDateOf, taipeiMonthOf, taipeiMonthStart } from './taipei-months';
import { TAIPEI_ZONE } from './taipei-zone';

const monthByLuxon = (instant: number) => {
  const local = DateTime.fromMillis(instant, { zone: TAIPEI_ZONE });
  return { year: local.year, month: local.month };
};

describe('Taipei months', () => {
  it('start at Taipei midnight of the 1st', () => {
    expect(new Date(taipeiMonthStart({ year: 2024, month: 2 }))).toEqual(new Date('2024-01-31T16:00:00Z'));
    expect(new Date(taipeiMonthStart({ year: 2024, month: 1 }))).toEqual(new Date('2023-12-31T16:00:00Z'));
  });

  it('name the month of any instant as a zone conversion does, around every month start since 1940', () => {
    // Taiwan kept summer time in 1945–1961, 1974–75 and 1979: the usual UTC+8 is then an hour off.
    for (let month = { year: 1940, month: 1 }; month.year < 2100; month = nextMonth(month)) {
      const start = taipeiMonthStart(month);
      for (const instant of [start - 3_600_001, start - 1, start, start + 3_599_999, start + 15 * 86_400_000]) {
        expect(taipeiMonthOf(instant)).toEqual(monthByLuxon(instant));
      }
    }
  });

  it('start each month where a zone conversion puts its first midnight, summer time included', () => {
    for (const month of [
      { year: 1946, month: 6 },
      { year: 1979, month: 8 },
      { year: 2023, month: 12 },
    ]) {
      const byLuxon = DateTime.fromObject({ ...month, day: 1 }, { zone: TAIPEI_ZONE }).toMillis();
      expect(taipeiMonthStart(month)).toBe(byLuxon);
    }
  });

  it('write the Taipei date of any instant as a zone conversion does, or leave a summer-time month to one', () => {
    // Every day of the summer-time years, then three days a month.
    const days: DateTime[] = [];
    for (
      let day = DateTime.fromISO('1940-01-01', { zone: TAIPEI_ZONE });
      day.year < 2060;
      day = day.plus({ days: 1 })
    ) {
      if (day.year < 1981 || [1, 15, day.daysInMonth].includes(day.day)) days.push(day);
    }
    const disagreements: string[] = [];
    for (const day of days) {
      const midnight = day.toMillis();
      for (const instant of [midnight - 1, midnight, midnight + 12 * 3_600_000]) {
        const written = taipeiIsoDateOf(instant);
        // Only a month in which summer time began or ended is left to the zone conversion.
        const expected =
          written === undefined && day.year <= 1979
            ? undefined
            : DateTime.fromMillis(instant, { zone: TAIPEI_ZONE }).toISODate();
        if (written !== expected) disagreements.push(`${new Date(instant).toISOString()}: ${written} ≠ ${expected}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
