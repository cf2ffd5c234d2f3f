import { DateTime } from 'luxon';
import { dateRange, rocYearRange, TAIPEI_ZONE } from '../../common/time';
import { closedBefore, monthSpans } from './month-spans';

const taipei = (iso: string) => DateTime.fromISO(iso, { zone: TAIPEI_ZONE }).toJSDate();

describe('monthSpans', () => {
  it('reads a past year as its twelve kept months', () => {
    const spans = monthSpans(rocYearRange(112), taipei('2026-12-02'));
    expect(spans.map((span) => (span.kept ? span.month : 'live'))).toEqual(
      Array.from({ length: 12 }, (_, index) => `2023-${String(index + 1).padStart(2, '0')}-01`),
    );
    expect(spans[0].span.start).toEqual(taipei('2023-01-01'));
    expect(spans[11].span.end).toEqual(taipei('2024-01-01'));
  });

  it('counts this year from its closed months and one live span from the open month to the year end', () => {
    const spans = monthSpans(rocYearRange(115), taipei('2026-03-01'));
    expect(spans.map((span) => (span.kept ? span.month : 'live'))).toEqual(['2026-01-01', '2026-02-01', 'live']);
    expect(spans[2].span).toEqual({ start: taipei('2026-03-01'), end: taipei('2027-01-01') });
  });

  it('counts the partial months of a council session live and keeps the whole ones', () => {
    const spans = monthSpans(dateRange('2022-02-10', '2022-06-30'), taipei('2026-01-01'));
    expect(spans.map((span) => (span.kept ? span.month : 'live'))).toEqual([
      'live',
      '2022-03-01',
      '2022-04-01',
      '2022-05-01',
      '2022-06-01',
    ]);
    expect(spans[0].span).toEqual({ start: taipei('2022-02-10'), end: taipei('2022-03-01') });
  });
});

describe('closedBefore', () => {
  it('closes last month an hour after it ended (Taipei time)', () => {
    expect(closedBefore(taipei('2026-03-01T00:30'))).toEqual(taipei('2026-02-01'));
    expect(closedBefore(taipei('2026-03-01T01:00'))).toEqual(taipei('2026-03-01'));
  });
});
