import { occurrencesOf } from './series-occurrences';

const first = { startsAt: new Date('2026-03-02T01:00:00Z'), endsAt: new Date('2026-03-02T03:00:00Z') };

describe('occurrencesOf', () => {
  it('repeats a Monday 09:00–11:00 Taipei meeting weekly through the last date, inclusive', () => {
    const dates = occurrencesOf(
      first,
      { frequency: 'weekly', interval: 1, untilDate: '2026-03-23' },
      'Asia/Taipei',
      60,
    );
    expect(dates.map((occurrence) => occurrence.date)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
    ]);
    expect(dates[3]).toEqual({
      index: 3,
      date: '2026-03-23',
      startsAt: new Date('2026-03-23T01:00:00Z'),
      endsAt: new Date('2026-03-23T03:00:00Z'),
    });
  });

  it('counts days and every other week', () => {
    expect(
      occurrencesOf(first, { frequency: 'daily', interval: 1, untilDate: '2026-03-04' }, 'Asia/Taipei', 60).map(
        (occurrence) => occurrence.date,
      ),
    ).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(
      occurrencesOf(first, { frequency: 'weekly', interval: 2, untilDate: '2026-03-31' }, 'Asia/Taipei', 60).map(
        (occurrence) => occurrence.date,
      ),
    ).toEqual(['2026-03-02', '2026-03-16', '2026-03-30']);
  });

  it('keeps the wall-clock time across a daylight-saving change in zones that have one', () => {
    const berlin = { startsAt: new Date('2026-03-23T09:00:00Z'), endsAt: new Date('2026-03-23T10:00:00Z') };
    const [, after] = occurrencesOf(
      berlin,
      { frequency: 'weekly', interval: 1, untilDate: '2026-03-30' },
      'Europe/Berlin',
      60,
    );
    expect(after.startsAt).toEqual(new Date('2026-03-30T08:00:00Z'));
  });

  it('stops one past the limit, so a series too long is told apart without building it all', () => {
    expect(
      occurrencesOf(first, { frequency: 'daily', interval: 1, untilDate: '2030-01-01' }, 'Asia/Taipei', 5),
    ).toHaveLength(6);
  });

  it('is empty when the last date comes before the first', () => {
    expect(
      occurrencesOf(first, { frequency: 'daily', interval: 1, untilDate: '2026-03-01' }, 'Asia/Taipei', 5),
    ).toEqual([]);
  });
});
