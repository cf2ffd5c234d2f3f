import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCalendarYears } from './calendar-loader';

describe('loadCalendarYears', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'calendar-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  function writeCalendar(name: string, content: unknown): string {
    const file = join(directory, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  }

  const validYear = (year: number) => ({
    year,
    source: 'test',
    holidays: [{ date: `${year}-10-10`, name: '國慶日' }],
    makeupWorkdays: [],
  });

  it('reads the dates of every JSON file, sorted by year, ignoring other files', () => {
    writeCalendar('b.json', {
      year: 2025,
      source: 'test',
      holidays: [
        { date: '2025-01-27', name: '小年夜調整放假' },
        { date: '2025-01-28', name: '農曆除夕' },
      ],
      makeupWorkdays: [{ date: '2025-02-08', name: '補行上班' }],
    });
    writeCalendar('a.json', validYear(2026));
    writeCalendar('README.md', 'not a calendar');

    expect(loadCalendarYears(directory)).toEqual([
      { year: 2025, holidays: ['2025-01-27', '2025-01-28'], makeupWorkdays: ['2025-02-08'] },
      { year: 2026, holidays: ['2026-10-10'], makeupWorkdays: [] },
    ]);
  });

  it('returns no years for an empty directory', () => {
    expect(loadCalendarYears(directory)).toEqual([]);
  });

  it.each([
    ['malformed JSON', '{ "year": 2026,', /JSON/],
    ['a non-object', '[]', /expected a JSON object/],
    ['a missing year', { holidays: [], makeupWorkdays: [] }, /"year" must be a number/],
    ['a fractional year', { year: 2026.5, holidays: [], makeupWorkdays: [] }, /year must be an integer/],
    ['a missing holidays list', { year: 2026, makeupWorkdays: [] }, /"holidays" must be an array/],
    [
      'an entry without a name',
      { year: 2026, holidays: [{ date: '2026-10-09' }], makeupWorkdays: [] },
      /holidays\[0\] \{"date":"2026-10-09"\}/,
    ],
    [
      'a date that does not exist',
      { year: 2026, holidays: [{ date: '2026-02-30', name: 'x' }], makeupWorkdays: [] },
      /holidays\[0\] "2026-02-30": not a valid ISO date/,
    ],
    [
      'a date that is not ISO',
      { year: 2026, holidays: [{ date: '2026/10/09', name: 'x' }], makeupWorkdays: [] },
      /holidays\[0\] "2026\/10\/09": not a valid ISO date/,
    ],
    [
      'a date in another year',
      {
        year: 2026,
        holidays: [
          { date: '2026-01-01', name: 'x' },
          { date: '2025-12-25', name: 'y' },
        ],
        makeupWorkdays: [],
      },
      /holidays\[1\] "2025-12-25": not in year 2026/,
    ],
    [
      'a make-up workday on a weekday',
      { year: 2026, holidays: [], makeupWorkdays: [{ date: '2026-02-18', name: 'x' }] },
      /makeupWorkdays\[0\] "2026-02-18": is a Wednesday, but make-up workdays must be Saturdays or Sundays/,
    ],
    [
      'a date listed twice',
      {
        year: 2026,
        holidays: [
          { date: '2026-05-01', name: 'x' },
          { date: '2026-05-01', name: 'y' },
        ],
        makeupWorkdays: [],
      },
      /holidays\[1\] "2026-05-01": already listed as holidays\[0\]/,
    ],
  ])('names the file and the entry for %s', (_, content, message) => {
    const file = writeCalendar('2026.json', content);
    expect(() => loadCalendarYears(directory)).toThrow(`Calendar file ${file}:`);
    expect(() => loadCalendarYears(directory)).toThrow(message);
  });

  it('names both files when a year is defined twice', () => {
    const first = writeCalendar('a.json', validYear(2026));
    const second = writeCalendar('b.json', validYear(2026));
    expect(() => loadCalendarYears(directory)).toThrow(
      `Calendar file ${second}: year 2026 is already defined in ${first}`,
    );
  });
});
