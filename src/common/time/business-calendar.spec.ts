import { BusinessCalendar } from './business-calendar';
import { CalendarYear } from './calendar-year';

/**
 * Early 2025 as the government calendar had it: Spring Festival off Mon 27 Jan – Fri 31 Jan
 * (with the weekends around it, 25 Jan – 2 Feb), Sat 8 Feb a make-up workday, and
 * Fri 28 Feb (和平紀念日) off.
 */
const EARLY_2025: CalendarYear = {
  year: 2025,
  holidays: ['2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-28'],
  makeupWorkdays: ['2025-02-08'],
};

/** A Taipei wall-clock time, e.g. taipei('2025-02-03 09:00'). */
function taipei(localDateTime: string): Date {
  return new Date(`${localDateTime.replace(' ', 'T')}:00+08:00`);
}

describe('BusinessCalendar', () => {
  const calendar = new BusinessCalendar({ years: [EARLY_2025] });

  describe('isWorkingDay', () => {
    it.each([
      ['2025-02-03', true, 'an ordinary Monday'],
      ['2025-02-08', true, 'the make-up Saturday'],
      ['2025-02-09', false, 'a Sunday'],
      ['2025-02-15', false, 'an ordinary Saturday'],
      ['2025-01-27', false, 'the bridge day before New Year’s Eve'],
      ['2025-02-28', false, 'a Friday holiday'],
    ])('%s is %p (%s)', (isoDate, expected) => {
      expect(calendar.isWorkingDay(isoDate)).toBe(expected);
    });

    it('takes the Taipei date of an instant, not the UTC date', () => {
      // Thu 27 Feb in UTC, but already the Fri 28 Feb holiday in Taipei.
      expect(calendar.isWorkingDay(new Date('2025-02-27T16:30:00Z'))).toBe(false);
      // Fri 7 Feb in UTC, but already the make-up Saturday in Taipei.
      expect(calendar.isWorkingDay(new Date('2025-02-07T16:30:00Z'))).toBe(true);
    });

    it('falls back to Monday–Friday for a year that is not configured', () => {
      expect(calendar.hasYear(2025)).toBe(true);
      expect(calendar.hasYear(2030)).toBe(false);
      expect(calendar.isWorkingDay('2030-01-01')).toBe(true); // a Tuesday
      expect(calendar.isWorkingDay('2030-01-05')).toBe(false); // a Saturday
    });

    it('rejects malformed dates', () => {
      expect(() => calendar.isWorkingDay('2025-02-30')).toThrow(RangeError);
    });
  });

  describe('addBusinessMinutes and businessMinutesBetween', () => {
    // [case, from, minutes, expected end]; every end was worked out by hand on a
    // calendar with 9 working hours (540 minutes) a day.
    const cases: [string, string, number, string][] = [
      ['within one day', '2025-02-03 09:00', 60, '2025-02-03 10:00'],
      ['ending exactly at closing time', '2025-02-03 16:30', 60, '2025-02-03 17:30'],
      ['across a night', '2025-02-04 17:00', 60, '2025-02-05 09:00'],
      ['across a weekend', '2025-03-07 17:00', 60, '2025-03-10 09:00'],
      ['across a Friday holiday and the weekend', '2025-02-27 17:00', 60, '2025-03-03 09:00'],
      ['into the make-up Saturday', '2025-02-07 17:00', 60, '2025-02-08 09:00'],
      ['starting before opening', '2025-02-03 07:00', 30, '2025-02-03 09:00'],
      ['starting after closing', '2025-02-03 18:00', 30, '2025-02-04 09:00'],
      ['starting on a holiday, across the Spring Festival', '2025-01-27 10:00', 30, '2025-02-03 09:00'],
      ['starting on Sunday', '2025-02-09 11:00', 540, '2025-02-10 17:30'],
      ['a whole day from opening', '2025-02-04 08:30', 540, '2025-02-04 17:30'],
      // 10,000 = 18 × 540 + 280: 18 full working days from Mon 3 Feb (counting Sat 8 Feb)
      // end on Tue 25 Feb, then 280 minutes after 08:30 on Wed 26 Feb.
      ['ten thousand minutes', '2025-02-03 08:30', 10_000, '2025-02-26 13:10'],
    ];

    it.each(cases)('adds minutes %s', (_, from, minutes, end) => {
      expect(calendar.addBusinessMinutes(taipei(from), minutes)).toEqual(taipei(end));
    });

    it.each(cases)('counts the same minutes back %s', (_, from, minutes, end) => {
      expect(calendar.businessMinutesBetween(taipei(from), taipei(end))).toBe(minutes);
    });

    it('adding 0 outside hours gives the next opening', () => {
      expect(calendar.addBusinessMinutes(taipei('2025-03-08 12:00'), 0)).toEqual(taipei('2025-03-10 08:30'));
      expect(calendar.addBusinessMinutes(taipei('2025-02-03 17:30'), 0)).toEqual(taipei('2025-02-04 08:30'));
      expect(calendar.addBusinessMinutes(taipei('2025-02-07 20:00'), 0)).toEqual(taipei('2025-02-08 08:30'));
    });

    it('adding 0 inside hours changes nothing', () => {
      expect(calendar.addBusinessMinutes(taipei('2025-02-03 08:30'), 0)).toEqual(taipei('2025-02-03 08:30'));
    });

    it('rejects negative or non-finite minutes', () => {
      expect(() => calendar.addBusinessMinutes(taipei('2025-02-03 09:00'), -1)).toThrow(RangeError);
      expect(() => calendar.addBusinessMinutes(taipei('2025-02-03 09:00'), Number.NaN)).toThrow(RangeError);
    });

    it('counts 0 when the end is not after the start', () => {
      expect(calendar.businessMinutesBetween(taipei('2025-02-03 10:00'), taipei('2025-02-03 10:00'))).toBe(0);
      expect(calendar.businessMinutesBetween(taipei('2025-02-03 10:00'), taipei('2025-02-03 09:00'))).toBe(0);
    });

    it('counts only working days across the Spring Festival', () => {
      // Thu 23 Jan, Fri 24 Jan and Mon 3 Feb: 3 × 540.
      expect(calendar.businessMinutesBetween(taipei('2025-01-23 08:30'), taipei('2025-02-04 08:30'))).toBe(1620);
    });

    it('counts nothing over a plain weekend or a holiday', () => {
      expect(calendar.businessMinutesBetween(taipei('2025-03-08 10:00'), taipei('2025-03-09 10:00'))).toBe(0);
      expect(calendar.businessMinutesBetween(taipei('2025-02-28 09:00'), taipei('2025-02-28 16:00'))).toBe(0);
    });

    it('counts from opening on the make-up Saturday', () => {
      expect(calendar.businessMinutesBetween(taipei('2025-02-08 08:00'), taipei('2025-02-08 12:00'))).toBe(210);
    });

    it('counts partial minutes when the instants carry seconds', () => {
      expect(calendar.businessMinutesBetween(taipei('2025-02-03 09:00'), new Date('2025-02-03T09:00:30+08:00'))).toBe(
        0.5,
      );
    });
  });

  describe('addBusinessDays', () => {
    it.each([
      ['over the Spring Festival', '2025-01-24 10:00', 1, '2025-02-03 10:00'],
      ['three days spanning the Spring Festival', '2025-01-22 14:00', 3, '2025-02-03 14:00'],
      ['from inside the holiday', '2025-01-28 10:00', 1, '2025-02-03 10:00'],
      ['onto the make-up Saturday', '2025-02-07 10:00', 1, '2025-02-08 10:00'],
      ['over a Friday holiday', '2025-02-27 15:00', 1, '2025-03-03 15:00'],
      ['keeping a time outside hours', '2025-02-03 20:00', 2, '2025-02-05 20:00'],
      ['zero days', '2025-02-09 11:00', 0, '2025-02-09 11:00'],
    ])('adds days %s', (_, from, days, expected) => {
      expect(calendar.addBusinessDays(taipei(from), days)).toEqual(taipei(expected));
    });

    it('rejects negative or fractional days', () => {
      expect(() => calendar.addBusinessDays(taipei('2025-02-03 09:00'), -1)).toThrow(RangeError);
      expect(() => calendar.addBusinessDays(taipei('2025-02-03 09:00'), 1.5)).toThrow(RangeError);
    });
  });

  describe('custom hours', () => {
    const earlyShift = new BusinessCalendar({
      years: [EARLY_2025],
      hours: { start: '07:00', end: '12:00', zone: 'Asia/Taipei' },
    });

    it('uses the given opening and closing times', () => {
      expect(earlyShift.addBusinessMinutes(taipei('2025-02-03 11:00'), 90)).toEqual(taipei('2025-02-04 07:30'));
      expect(earlyShift.businessMinutesBetween(taipei('2025-02-03 00:00'), taipei('2025-02-04 00:00'))).toBe(300);
    });
  });

  describe('construction', () => {
    it.each([
      [{ start: '8:30', end: '17:30', zone: 'Asia/Taipei' }, /start "8:30"/],
      [{ start: '08:30', end: '24:00', zone: 'Asia/Taipei' }, /end "24:00"/],
      [{ start: '17:30', end: '08:30', zone: 'Asia/Taipei' }, /must be after start/],
      [{ start: '08:30', end: '17:30', zone: 'Asia/Taipai' }, /Asia\/Taipai/],
    ])('rejects the hours %p', (hours, message) => {
      expect(() => new BusinessCalendar({ years: [], hours })).toThrow(message);
    });

    it('rejects a year given twice', () => {
      expect(() => new BusinessCalendar({ years: [EARLY_2025, EARLY_2025] })).toThrow(/2025 is given more than once/);
    });

    it('rejects a make-up workday that is not on a weekend', () => {
      const bad: CalendarYear = { year: 2025, holidays: [], makeupWorkdays: ['2025-02-07'] };
      expect(() => new BusinessCalendar({ years: [bad] })).toThrow(/makeupWorkdays\[0\] "2025-02-07": is a Friday/);
    });
  });
});
