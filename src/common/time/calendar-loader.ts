import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertValidCalendarYear, CalendarYear } from './calendar-year';

type DateList = 'holidays' | 'makeupWorkdays';

/**
 * Reads every `<directory>/*.json` calendar file, shaped
 * `{ year, source, holidays: [{ date, name }], makeupWorkdays: [{ date, name }] }`,
 * validates it and returns the years sorted. Throws an Error naming the file and the bad entry.
 */
export function loadCalendarYears(directory: string): CalendarYear[] {
  const fileOfYear = new Map<number, string>();
  const years = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(directory, name);
      const calendarYear = readCalendarFile(file);
      const other = fileOfYear.get(calendarYear.year);
      if (other) {
        throw new Error(`Calendar file ${file}: year ${calendarYear.year} is already defined in ${other}`);
      }
      fileOfYear.set(calendarYear.year, file);
      return calendarYear;
    });
  return years.sort((a, b) => a.year - b.year);
}

function readCalendarFile(file: string): CalendarYear {
  try {
    const calendarYear = toCalendarYear(JSON.parse(readFileSync(file, 'utf8')));
    assertValidCalendarYear(calendarYear);
    return calendarYear;
  } catch (error) {
    throw new Error(`Calendar file ${file}: ${(error as Error).message}`);
  }
}

function toCalendarYear(content: unknown): CalendarYear {
  if (!isRecord(content)) {
    throw new Error('expected a JSON object');
  }
  if (typeof content.year !== 'number') {
    throw new Error(`"year" must be a number, got ${JSON.stringify(content.year)}`);
  }
  return {
    year: content.year,
    holidays: datesOf(content, 'holidays'),
    makeupWorkdays: datesOf(content, 'makeupWorkdays'),
  };
}

/** The `date` of each `{ date, name }` entry; the names are for people reading the file. */
function datesOf(content: Record<string, unknown>, list: DateList): string[] {
  const entries = content[list];
  if (!Array.isArray(entries)) {
    throw new Error(`"${list}" must be an array of { date, name } entries`);
  }
  return entries.map((entry: unknown, index) => {
    if (!isRecord(entry) || typeof entry.date !== 'string' || typeof entry.name !== 'string') {
      throw new Error(`${list}[${index}] ${JSON.stringify(entry)}: expected { "date": "YYYY-MM-DD", "name": "..." }`);
    }
    return entry.date;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
