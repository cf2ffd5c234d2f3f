import {
  dateRange,
  formatRocDate,
  formatRocDateCompact,
  formatRocDateTime,
  parseRocDate,
  rocMonthRange,
  rocYearOf,
  rocYearRange,
  taipeiDate,
  toGregorianYear,
  toRocYear,
} from './roc-date';

// Taipei is UTC+8 all year, so Taipei midnight is 16:00Z of the previous day.
const NEW_YEAR_2024_TAIPEI_0030 = new Date('2023-12-31T16:30:00Z');
const LAST_MS_OF_2023_TAIPEI = new Date('2023-12-31T15:59:59.999Z');
const MARCH_5_2023_TAIPEI_1405 = new Date('2023-03-05T06:05:00Z');

describe('ROC year conversion', () => {
  it('converts Gregorian to ROC years', () => {
    expect(toRocYear(2023)).toBe(112);
    expect(toRocYear(1912)).toBe(1);
  });

  it('converts ROC to Gregorian years', () => {
    expect(toGregorianYear(112)).toBe(2023);
    expect(toGregorianYear(1)).toBe(1912);
  });

  it('rejects years before ROC year 1', () => {
    expect(() => toGregorianYear(0)).toThrow(RangeError);
    expect(() => toGregorianYear(-5)).toThrow(RangeError);
    expect(() => toRocYear(1911)).toThrow(RangeError);
  });

  it('rejects fractional years', () => {
    expect(() => toGregorianYear(112.5)).toThrow(RangeError);
  });
});

describe('rocYearOf', () => {
  it('uses the Taipei date, which turns a year earlier than UTC', () => {
    expect(rocYearOf(NEW_YEAR_2024_TAIPEI_0030)).toBe(113);
    expect(rocYearOf(LAST_MS_OF_2023_TAIPEI)).toBe(112);
  });
});

describe('formatting', () => {
  it('formats the Taipei date in the long form', () => {
    expect(formatRocDate(MARCH_5_2023_TAIPEI_1405)).toBe('112年3月5日');
  });

  it('formats the Taipei date and 24-hour time', () => {
    expect(formatRocDateTime(MARCH_5_2023_TAIPEI_1405)).toBe('112年3月5日 14:05');
  });

  it('formats the compact form with padded month and day', () => {
    expect(formatRocDateCompact(MARCH_5_2023_TAIPEI_1405)).toBe('112/03/05');
  });

  it('shows the new Taipei year while UTC is still on 31 December', () => {
    expect(formatRocDate(NEW_YEAR_2024_TAIPEI_0030)).toBe('113年1月1日');
    expect(formatRocDateTime(NEW_YEAR_2024_TAIPEI_0030)).toBe('113年1月1日 00:30');
    expect(formatRocDateCompact(NEW_YEAR_2024_TAIPEI_0030)).toBe('113/01/01');
    expect(formatRocDateTime(LAST_MS_OF_2023_TAIPEI)).toBe('112年12月31日 23:59');
  });

  it('gives the Taipei ISO date', () => {
    expect(taipeiDate(NEW_YEAR_2024_TAIPEI_0030)).toBe('2024-01-01');
    expect(taipeiDate(LAST_MS_OF_2023_TAIPEI)).toBe('2023-12-31');
  });

  it('rejects an Invalid Date', () => {
    expect(() => formatRocDate(new Date('nonsense'))).toThrow(RangeError);
    expect(() => taipeiDate(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('parseRocDate', () => {
  const taipeiMidnightOfMarch5th2023 = new Date('2023-03-04T16:00:00.000Z');

  it.each(['112/03/05', '112-3-5', '112.03.05', '112年3月5日', ' 112/3/05 '])(
    'parses %p as Taipei midnight',
    (text) => {
      expect(parseRocDate(text)).toEqual(taipeiMidnightOfMarch5th2023);
    },
  );

  it('accepts 29 February in a leap year (113 = 2024)', () => {
    expect(parseRocDate('113/02/29')).toEqual(new Date('2024-02-28T16:00:00.000Z'));
  });

  it('parses one- and two-digit ROC years', () => {
    expect(parseRocDate('99/12/31')).toEqual(new Date('2010-12-30T16:00:00.000Z'));
    expect(parseRocDate('1年1月1日')).toEqual(new Date('1911-12-31T16:00:00.000Z'));
  });

  it.each([
    ['112/02/30', /112\/02\/30.*no day 30/],
    ['112/02/29', /no day 29/],
    ['112/13/01', /no month 13/],
    ['112/00/10', /no month 0/],
    ['0/01/01', /ROC years start at 1/],
  ])('rejects the impossible date %p', (text, message) => {
    expect(() => parseRocDate(text)).toThrow(RangeError);
    expect(() => parseRocDate(text)).toThrow(message);
  });

  it.each(['112/03-05', '2023-03-05', '112年3月5', '112/3', '', 'abc'])('rejects the unrecognised form %p', (text) => {
    expect(() => parseRocDate(text)).toThrow(RangeError);
    expect(() => parseRocDate(text)).toThrow(/Unrecognised ROC date/);
  });
});

describe('period ranges', () => {
  it('spans an ROC year from Taipei midnight to Taipei midnight', () => {
    expect(rocYearRange(112)).toEqual({
      start: new Date('2022-12-31T16:00:00.000Z'),
      end: new Date('2023-12-31T16:00:00.000Z'),
    });
  });

  it('spans a leap-year February', () => {
    expect(rocMonthRange(113, 2)).toEqual({
      start: new Date('2024-01-31T16:00:00.000Z'),
      end: new Date('2024-02-29T16:00:00.000Z'),
    });
  });

  it('spans December up to the next ROC year', () => {
    expect(rocMonthRange(112, 12)).toEqual({
      start: new Date('2023-11-30T16:00:00.000Z'),
      end: new Date('2023-12-31T16:00:00.000Z'),
    });
  });

  it('rejects months outside 1..12', () => {
    expect(() => rocMonthRange(112, 0)).toThrow(RangeError);
    expect(() => rocMonthRange(112, 13)).toThrow(RangeError);
  });

  it('spans a council session including its last day', () => {
    expect(dateRange('2022-02-01', '2022-06-30')).toEqual({
      start: new Date('2022-01-31T16:00:00.000Z'),
      end: new Date('2022-06-30T16:00:00.000Z'),
    });
  });

  it('spans one whole day when both ends are the same date', () => {
    expect(dateRange('2023-03-05', '2023-03-05')).toEqual({
      start: new Date('2023-03-04T16:00:00.000Z'),
      end: new Date('2023-03-05T16:00:00.000Z'),
    });
  });

  it('rejects reversed ranges and malformed dates', () => {
    expect(() => dateRange('2022-06-30', '2022-02-01')).toThrow(RangeError);
    expect(() => dateRange('2022-2-1', '2022-06-30')).toThrow(RangeError);
    expect(() => dateRange('2022-02-01', '2022-02-30')).toThrow(RangeError);
  });
});
